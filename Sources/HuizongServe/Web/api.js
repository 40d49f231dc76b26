// Every call to the server: the token goes in a header, so no other site can make a change in the clerk's name.
const token = document.querySelector('meta[name="huizong-token"]').content;

export async function get(path) {
  const r = await fetch(path, { headers: { 'X-Huizong-Token': token } });
  return answer(r);
}

export async function post(path, body, type = 'application/json') {
  const r = await fetch(path, {
    method: 'POST',
    headers: { 'X-Huizong-Token': token, 'Content-Type': type },
    body: type === 'application/json' ? JSON.stringify(body ?? {}) : body,
  });
  return answer(r);
}

async function answer(r) {
  const text = await r.text();
  let data;
  try { data = JSON.parse(text); } catch { data = { text }; }
  if (!r.ok) throw new Error(data.error || `请求失败（${r.status}）`);
  return data;
}

// Text into HTML, so a name or a sentence from a file is always shown as text.
export function esc(s) {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

export function notice(message, kind = 'ok') {
  const el = document.getElementById('notice');
  el.textContent = message;
  el.className = `notice ${kind}`;
  el.hidden = false;
  clearTimeout(notice.timer);
  notice.timer = setTimeout(() => { el.hidden = true; }, kind === 'error' ? 12000 : 5000);
}

export function percent(x) {
  return x === null || x === undefined ? '—' : `${Math.round(x * 1000) / 10}%`;
}
