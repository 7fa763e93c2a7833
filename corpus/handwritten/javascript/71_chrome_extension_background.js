// background.js (Manifest V3 service worker)
chrome.runtime.onInstalled.addListener(() => {
  chrome.contextMenus.create({
    id: 'save-selection',
    title: 'Save "%s" to reading list',
    contexts: ['selection'],
  });
});

chrome.contextMenus.onClicked.addListener(async (info, tab) => {
  if (info.menuItemId !== 'save-selection') return;
  const { items = [] } = await chrome.storage.sync.get('items');
  items.unshift({ text: info.selectionText, url: tab.url, title: tab.title, at: Date.now() });
  await chrome.storage.sync.set({ items: items.slice(0, 200) });
  chrome.action.setBadgeText({ text: String(items.length) });
});

chrome.runtime.onMessage.addListener((msg, _sender, sendResponse) => {
  if (msg.type === 'get-items') {
    chrome.storage.sync.get('items').then(({ items = [] }) => sendResponse(items));
    return true; // keep the channel open for the async response
  }
});
