// One file: its text beside what was read, findings at their lines, and the clerk's correction.
import { get, post, esc, notice } from './api.js';

export async function showFile(main, path) {
  const f = await get(`/api/file?path=${encodeURIComponent(path)}`);
  const read = f.reports[0];
  main.innerHTML = `
    <p><a href="#overview">← 返回报送情况</a></p>
    <h1>${esc(f.path)}</h1>
    ${correctionForm(f, read)}
    <div class="split">
      <section class="source"><h2>原文（共 ${f.paragraphs.length} 段）</h2>${f.paragraphs.map(paragraph).join('') || '<p class="muted">没有可显示的文字（见右侧的检查结果）。</p>'}</section>
      <section class="read"><h2>读取结果</h2>${f.reports.map(report).join('')}
        <h2>检查结果（${f.findings.length}）</h2>${f.findings.map(finding).join('') || '<p class="muted">没有问题。</p>'}</section>
    </div>`;
  main.querySelector('#correct').addEventListener('submit', (e) => save(e, f.path, main));
}

function correctionForm(f, read) {
  const c = f.correction || {};
  const kinds = f.kinds.map((k) => `<option value="${k.value}" ${c.kind === k.value ? 'selected' : ''}>${esc(k.name)}</option>`).join('');
  return `<form id="correct" class="box">
    <h2>读取结果不对？在此更正</h2>
    <p class="muted">${f.correction ? '已更正，现按' : '读出的是'}：${esc(kindName(f, read?.kind))}；党支部：${esc(read?.branch?.name ?? '未识别')}；年度：${esc(read?.year ?? '未识别')}。
      更正保存在文件夹的 corrections.yaml 中，以后每次生成报告和检查都会按更正处理。</p>
    <label>材料类型 <select name="kind"><option value="">（按读取结果）</option>${kinds}</select></label>
    <label>党支部名称 <input name="branch" value="${esc(c.branch ?? '')}" placeholder="${esc(read?.branch?.name ?? '')}"></label>
    <label>年度 <input name="year" type="number" min="1949" max="2200" value="${esc(c.year ?? '')}" placeholder="${esc(read?.year ?? '')}"></label>
    <button class="primary" type="submit">保存更正</button>
  </form>`;
}

function kindName(f, value) {
  return f.kinds.find((k) => k.value === value)?.name ?? value ?? '未知';
}

async function save(e, path, main) {
  e.preventDefault();
  const form = new FormData(e.target);
  const year = form.get('year');
  try {
    await post('/api/corrections', { file: path, kind: form.get('kind') || null, branch: form.get('branch') || null, year: year ? Number(year) : null });
    notice('更正已保存到 corrections.yaml。');
    await showFile(main, path);
  } catch (err) { notice(err.message, 'error'); }
}

function paragraph(p) {
  // Notes are context, not something to fix: only warnings and errors mark the paragraph.
  const bad = p.findings.some((d) => d.severity !== 'note') ? ' flagged' : '';
  return `<div class="para${bad}${p.heading ? ' heading' : ''}"><span class="loc">${esc(p.location)}</span><span class="text">${esc(p.text)}</span>
    ${p.findings.map((d) => `<div class="finding ${esc(d.severity)}">${esc(d.message)} <code>${esc(d.code)}</code></div>`).join('')}</div>`;
}

function report(r) {
  const count = (n, name) => `<span class="count"><b>${n}</b> ${name}</span>`;
  const problems = r.aspects.reduce((n, a) => n + a.problems.length, 0);
  const stats = Object.entries(r.stats).map(([k, v]) => `${esc(k)} ${v ?? '?'}`).join('，');
  return `<div class="report">
    <p>${count(r.aspects.length, '个方面')}${count(problems, '个问题')}${count(r.causes.length, '条原因')}${count(r.measures.length, '条措施')}</p>
    ${stats ? `<p class="muted">活动次数：${stats}</p>` : ''}
    ${r.aspects.map((a) => `<h3>${esc(a.title)}</h3><ol>${a.problems.map(item).join('')}</ol>`).join('')}
    ${r.causes.length ? `<h3>原因</h3><ol>${r.causes.map(item).join('')}</ol>` : ''}
    ${r.measures.length ? `<h3>整改措施</h3><ol>${r.measures.map(measure).join('')}</ol>` : ''}
  </div>`;
}

function item(s) { return `<li>${esc(s.headline)} <span class="loc">${esc(place(s.location))}</span></li>`; }

function measure(m) {
  const extra = [m.owner && `责任人：${m.owner}`, m.deadline_text && `时限：${m.deadline_text}`, m.status_text && `状态：${m.status_text}`].filter(Boolean);
  return `<li>${esc(m.headline)} <span class="loc">${esc(place(m.location))}</span>${extra.length ? `<br><span class="muted">${esc(extra.join('；'))}</span>` : ''}</li>`;
}

function place(location) {
  const at = location.split(':').slice(-1)[0];
  if (/^\d+$/.test(at)) return `第${at}行`;
  if (at.startsWith('¶')) return `第${at.slice(1)}段`;
  return at;
}

function finding(d) {
  return `<div class="finding ${esc(d.severity)}"><span class="loc">${esc(d.location ?? '')}</span> ${esc(d.message)} <code>${esc(d.code)}</code></div>`;
}
