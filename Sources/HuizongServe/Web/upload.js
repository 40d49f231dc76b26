// 上传材料: files dropped on the page are written into the committee folder, one by one.
import { get, post, esc, notice } from './api.js';

export async function showUpload(main) {
  const info = await get('/api/info');
  main.innerHTML = `
    <h1>上传材料</h1>
    <div id="drop" class="drop">把党支部报送的文件拖到这里<br><span class="muted">或</span>
      <label class="button">选择文件<input id="pick" type="file" multiple hidden></label>
      <p class="muted">可上传：${info.upload_extensions.map((e) => '.' + esc(e)).join(' ')}；每个文件不超过 ${Math.round(info.max_file_bytes / 1048576)} MB。
        文件直接存入党委文件夹，同名文件不会被覆盖。</p></div>
    <ul id="uploads" class="uploads"></ul>`;
  const drop = main.querySelector('#drop');
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => { e.preventDefault(); drop.classList.remove('over'); send(main, e.dataTransfer.files); });
  main.querySelector('#pick').addEventListener('change', (e) => send(main, e.target.files));
}

async function send(main, files) {
  const list = main.querySelector('#uploads');
  for (const file of files) {
    const li = document.createElement('li');
    li.textContent = `${file.name}：正在上传……`;
    list.prepend(li);
    try {
      await post(`/api/upload?name=${encodeURIComponent(file.name)}`, file, 'application/octet-stream');
      li.innerHTML = `${esc(file.name)}：<span class="ok">已保存</span>`;
    } catch (e) {
      li.innerHTML = `${esc(file.name)}：<span class="error-text">未保存，${esc(e.message)}</span>`;
    }
  }
  notice('上传完成。回到“报送情况”可看到新的材料。');
}
