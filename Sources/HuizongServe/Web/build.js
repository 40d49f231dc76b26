// 生成报告: build with its steps shown as they happen, then preview and download.
import { get, post, esc, notice } from './api.js';

export async function showBuild(main) {
  const status = await get('/api/build');
  main.innerHTML = `
    <h1>生成报告</h1>
    <p class="muted">按文件夹中现有的材料、更正和归类生成汇总报告（PDF、Word）、统计表和给各党支部的审核意见。改名或调整归类后再生成，只重新归类和排版，很快完成。</p>
    <button id="start" class="primary big">生成报告</button>
    <ol id="steps" class="steps"></ol>
    <div id="result"></div>`;
  main.querySelector('#start').addEventListener('click', () => start(main));
  render(main, status);
}

async function start(main) {
  const button = main.querySelector('#start');
  button.disabled = true;
  button.textContent = '正在生成……';
  const timer = setInterval(async () => { try { render(main, await get('/api/build')); } catch { /* the final answer follows */ } }, 300);
  try {
    render(main, await post('/api/build'));
    notice('报告已生成。');
  } catch (e) {
    notice(e.message, 'error');
    render(main, await get('/api/build'));
  } finally {
    clearInterval(timer);
    button.disabled = false;
    button.textContent = '重新生成报告';
  }
}

function render(main, s) {
  main.querySelector('#steps').innerHTML = s.steps.map((line) => `<li>${esc(line)}</li>`).join('');
  const result = main.querySelector('#result');
  if (s.phase === 'failed') { result.innerHTML = `<div class="error">未生成：${esc(s.error)}</div>`; return; }
  if (s.phase !== 'done') { result.innerHTML = s.phase === 'idle' ? '' : '<p class="muted">正在生成……</p>'; return; }
  const stamp = Date.now();
  result.innerHTML = `
    <div class="box ok">第 ${s.number} 次生成完成，用时 ${s.seconds} 秒${s.reread ? '' : '（沿用已读取的材料）'}。</div>
    <div class="downloads">
      <a class="button primary" id="download-pdf" href="/api/download/pdf" download>下载 PDF</a>
      <a class="button" href="/api/download/pdf?inline=1" target="_blank" rel="noopener">打开 PDF 打印</a>
      <a class="button" href="/api/download/docx" download>下载 Word 报告</a>
      <a class="button" href="/api/download/xlsx" download>下载统计表</a>
      <a class="button" href="/api/download/feedback" download>下载审核意见（各党支部）</a>
    </div>
    <iframe class="preview" title="报告预览" src="/api/download/pdf?inline=1&amp;t=${stamp}"></iframe>`;
}
