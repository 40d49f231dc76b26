// 共性问题: rename, move, merge and split the groups; every change is saved to groups.yaml at once.
import { get, post, esc, notice } from './api.js';

export async function showGroups(main, _path, focus) {
  const data = await get('/api/groups');
  const labels = data.groups.map((g) => g.label);
  const fresh = data.groups.filter((g) => !g.pinned).length;
  main.innerHTML = `
    <h1>共性问题 <small>${data.groups.length} 类</small></h1>
    ${data.settings_errors.length ? `<div class="error">${data.settings_errors.map(esc).join('<br>')}</div>` : ''}
    <p class="muted">各党支部查摆的问题按内容自动归类。标有<span class="badge">新</span>的 ${fresh} 类是自动找出、尚未确认的；
      改名、移动、合并或拆分后立即保存到文件夹的 groups.yaml，以后生成的报告都按此归类。</p>
    ${data.groups.map((g, i) => group(g, i, labels)).join('')}`;
  main.querySelectorAll('[data-action]').forEach((b) => b.addEventListener('click', () => act(main, b, data.groups)));
  main.querySelectorAll('select[data-move]').forEach((s) => s.addEventListener('change', () => move(main, s)));
  // After an edit, the group edited is where the clerk is looking, marked for a moment.
  const edited = focus && [...main.querySelectorAll('section.group')].find((g) => g.querySelector('.label').textContent === focus);
  if (edited) {
    edited.classList.add('saved');
    edited.scrollIntoView({ block: 'start' });
  }
}

function group(g, i, labels) {
  const others = labels.filter((l) => l !== g.label).map((l) => `<option value="${esc(l)}">${esc(l)}</option>`).join('');
  return `<section class="group" data-index="${i}">
    <header>
      <h2><span class="label">${esc(g.label)}</span>${g.pinned ? '<span class="badge ok">已确认</span>' : '<span class="badge">新</span>'}</h2>
      <span class="muted">${g.branches} 个党支部，${g.statements.length} 条</span>
    </header>
    <div class="tools">
      <input class="rename" value="${esc(g.label)}" aria-label="新名称"><button data-action="rename" data-index="${i}">改名</button>
      <select class="merge-target" aria-label="合并到"><option value="">合并到……</option>${others}</select><button data-action="merge" data-index="${i}">合并</button>
      <input class="split-name" placeholder="新类名称" aria-label="拆分出的新类名称"><button data-action="split" data-index="${i}">把勾选的拆为新类</button>
    </div>
    <ul>${g.statements.map((s) => statement(s, others)).join('')}</ul>
  </section>`;
}

function statement(s, others) {
  return `<li><label><input type="checkbox" value="${esc(s.id)}"> <b>${esc(s.branch)}</b>：${esc(s.text)}</label>
    <span class="loc">${esc(s.location)}</span>
    <select data-move="${esc(s.id)}" aria-label="移到"><option value="">移到……</option>${others}</select></li>`;
}

async function act(main, button, groups) {
  const section = button.closest('section');
  const g = groups[Number(button.dataset.index)];
  const action = button.dataset.action;
  let body;
  if (action === 'rename') body = { op: 'rename', group: g.label, to: section.querySelector('.rename').value };
  if (action === 'merge') {
    const into = section.querySelector('.merge-target').value;
    if (!into) return notice('请先选择要合并到哪一类', 'error');
    body = { op: 'merge', groups: [g.label, into], to: into };
  }
  if (action === 'split') {
    const chosen = [...section.querySelectorAll('input[type=checkbox]:checked')].map((c) => c.value);
    body = { op: 'split', group: g.label, statements: chosen, to: section.querySelector('.split-name').value };
  }
  await save(main, body, body.to);
}

async function move(main, select) {
  if (!select.value) return;
  await save(main, { op: 'move', statement: select.dataset.move, to: select.value }, select.value);
}

async function save(main, body, focus) {
  try {
    await post('/api/groups', body);
    notice('已保存到 groups.yaml。重新生成报告即可看到变化。');
    await showGroups(main, '', focus);
  } catch (e) { notice(e.message, 'error'); }
}
