// 报送情况: who reported what, who is to be sent back, who has not reported.
import { get, esc, notice, percent } from './api.js';

const filters = [
  ['all', '全部'], ['missing', '未报送'], ['returned', '需退回修改'], ['included', '已纳入'],
  ['not_branch', '不是党支部材料'], ['excluded', '未纳入'], ['unknown', '不在名单中'],
];

const firstRows = 60;

export async function showOverview(main) {
  const o = await get('/api/overview');
  const t = o.totals;
  main.innerHTML = `
    <h1>报送情况 <small>截至 ${esc(o.as_of)}</small></h1>
    ${o.settings_errors.length ? `<div class="error">设置文件有误，生成前请改正：<br>${o.settings_errors.map(esc).join('<br>')}</div>` : ''}
    <div class="cards">
      ${card('应报送党支部', t.expected)}${card('已纳入汇总', t.included)}${card('需退回修改', t.returned, 'warn')}
      ${card('未报送', t.missing, t.missing ? 'bad' : '')}${card('未纳入的文件', t.excluded)}${card('不在名单中', t.unknown)}
      ${card('问题', t.problems)}${card('整改措施', t.measures)}${card('整改完成率', percent(t.completion))}
    </div>
    ${missingBox(o)}
    <div class="filters">${filters.map(([k, n]) => `<button data-filter="${k}" class="${k === 'all' ? 'on' : ''}">${n}</button>`).join('')}</div>
    <table class="roster"><thead><tr><th>党支部</th><th>报送文件</th><th>状态</th><th>问题</th><th>措施</th><th>完成率</th><th>待改处</th><th>说明</th></tr></thead>
    <tbody>${o.rows.slice(0, firstRows).map(row).join('')}</tbody></table>`;
  // A screenful first; a thousand rows more after the first paint, so the page is there at once.
  if (o.rows.length > firstRows) {
    requestAnimationFrame(() => setTimeout(() => {
      main.querySelector('table.roster tbody').insertAdjacentHTML('beforeend', o.rows.slice(firstRows).map(row).join(''));
      const on = main.querySelector('[data-filter].on');
      if (on && on.dataset.filter !== 'all') filter(main, on);
    }, 0));
  }
  main.querySelectorAll('[data-filter]').forEach((b) => b.addEventListener('click', () => filter(main, b)));
  const copy = main.querySelector('#copy-missing');
  if (copy) copy.addEventListener('click', () => copyText(o.missing_text));
}

function card(name, value, kind = '') {
  return `<div class="card ${kind}"><div class="value">${esc(value)}</div><div class="name">${esc(name)}</div></div>`;
}

function missingBox(o) {
  if (!o.missing.length) return '<div class="box ok">所有应报送的党支部都已报送材料。</div>';
  return `<div class="box bad" id="missing"><h2>尚未报送的党支部（${o.missing.length}个）</h2>
    <p>${o.missing.map(esc).join('、')}</p>
    <button id="copy-missing" class="primary">一键复制催报名单</button>
    <a class="button" href="/api/missing.txt" download>下载催报名单</a></div>`;
}

function row(r) {
  const files = r.files.map((f) => `<a href="#file/${encodeURIComponent(f)}">${esc(f)}</a>`).join('<br>') || '—';
  const num = (v) => (v === null || v === undefined ? '—' : esc(v));
  return `<tr data-status="${esc(r.status)}"><td>${esc(r.branch ?? '—')}</td><td>${files}</td>
    <td><span class="status ${esc(r.status)}">${esc(r.status_text)}</span></td><td>${num(r.problems)}</td><td>${num(r.measures)}</td>
    <td>${percent(r.completion)}</td><td>${num(r.findings)}</td><td>${esc(r.reason ?? '')}</td></tr>`;
}

function filter(main, button) {
  main.querySelectorAll('[data-filter]').forEach((b) => b.classList.toggle('on', b === button));
  const k = button.dataset.filter;
  main.querySelectorAll('tbody tr').forEach((tr) => { tr.hidden = k !== 'all' && tr.dataset.status !== k; });
}

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    notice('催报名单已复制，可直接粘贴到通知或微信中。');
  } catch {
    // Without clipboard access (an address other than 127.0.0.1), show it to copy by hand.
    window.prompt('复制以下名单：', text);
  }
}
