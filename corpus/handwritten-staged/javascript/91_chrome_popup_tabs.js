// popup.js - lists tabs in the current window, lets you search, close
// duplicates and save the set as a named session.

const $ = (sel) => document.querySelector(sel);

async function currentTabs() {
  return chrome.tabs.query({ currentWindow: true });
}

function renderTabs(tabs, filter = '') {
  const list = $('#tabs');
  list.textContent = '';
  const q = filter.toLowerCase();
  tabs
    .filter((t) => !q || t.title.toLowerCase().includes(q) || t.url.toLowerCase().includes(q))
    .forEach((tab) => {
      const li = document.createElement('li');
      li.className = tab.active ? 'active' : '';
      const icon = document.createElement('img');
      icon.src = tab.favIconUrl || 'icons/blank.png';
      icon.width = icon.height = 16;
      const label = document.createElement('span');
      label.textContent = tab.title;
      label.title = tab.url;
      li.append(icon, label);
      li.addEventListener('click', () => {
        chrome.tabs.update(tab.id, { active: true });
        window.close();
      });
      list.append(li);
    });
  $('#count').textContent = `${list.children.length} / ${tabs.length}`;
}

async function closeDuplicates() {
  const tabs = await currentTabs();
  const seen = new Set();
  const dupes = [];
  for (const t of tabs) {
    const key = t.url.split('#')[0];
    if (seen.has(key)) dupes.push(t.id);
    else seen.add(key);
  }
  if (dupes.length) await chrome.tabs.remove(dupes);
  return dupes.length;
}

async function saveSession(name) {
  const tabs = await currentTabs();
  const { sessions = {} } = await chrome.storage.sync.get('sessions');
  sessions[name] = tabs.map((t) => ({ url: t.url, title: t.title, pinned: t.pinned }));
  await chrome.storage.sync.set({ sessions });
}

document.addEventListener('DOMContentLoaded', async () => {
  let tabs = await currentTabs();
  renderTabs(tabs);

  $('#search').addEventListener('input', (e) => renderTabs(tabs, e.target.value));

  $('#dedupe').addEventListener('click', async () => {
    const n = await closeDuplicates();
    $('#status').textContent = n ? `Closed ${n} duplicate tab(s)` : 'No duplicates';
    tabs = await currentTabs();
    renderTabs(tabs, $('#search').value);
  });

  $('#save').addEventListener('submit', async (e) => {
    e.preventDefault();
    const name = $('#session-name').value.trim();
    if (!name) return;
    await saveSession(name);
    $('#status').textContent = `Saved "${name}"`;
  });
});
