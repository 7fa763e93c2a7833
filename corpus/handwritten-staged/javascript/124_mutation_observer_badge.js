// Keep the unread badge in sync with the number of .message.unread nodes,
// no matter which script adds or removes them.
const list = document.querySelector('.messages');
const badge = document.querySelector('#unread-badge');

const update = () => {
  const n = list.querySelectorAll('.message.unread').length;
  badge.textContent = n > 99 ? '99+' : String(n);
  badge.hidden = n === 0;
};

new MutationObserver(update).observe(list, {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: ['class'],
});
update();
