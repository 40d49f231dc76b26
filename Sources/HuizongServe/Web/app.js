// The page's parts by the address after #: #overview, #file/<path>, #groups, #build, #upload.
import { get, esc, notice } from './api.js';
import { showOverview } from './overview.js';
import { showFile } from './file.js';
import { showGroups } from './groups.js';
import { showBuild } from './build.js';
import { showUpload } from './upload.js';

const pages = { overview: showOverview, file: showFile, groups: showGroups, build: showBuild, upload: showUpload };

async function route() {
  const hash = decodeURIComponent(location.hash.slice(1)) || 'overview';
  const [page, ...rest] = hash.split('/');
  const show = pages[page] || showOverview;
  document.querySelectorAll('nav a').forEach((a) => a.classList.toggle('active', a.dataset.page === page));
  const main = document.getElementById('main');
  try {
    await show(main, rest.join('/'));
  } catch (e) {
    main.innerHTML = `<p class="error">${esc(e.message)}</p>`;
    notice(e.message, 'error');
  }
}

function start() {
  // The token has done its work in the address (the cookie and the page hold it now): keep it out of history.
  if (location.search.includes('token=')) history.replaceState(null, '', '/' + location.hash);
  // The header's name and the page load side by side.
  get('/api/info')
    .then((info) => { document.getElementById('committee').textContent = `${info.committee}${info.year ? ` · ${info.year}年度` : ''}`; })
    .catch((e) => notice(e.message, 'error'));
  window.addEventListener('hashchange', route);
  route();
}

start();
