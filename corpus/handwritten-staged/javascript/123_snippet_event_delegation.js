document.querySelector('#todo-list').addEventListener('click', function (event) {
  var button = event.target.closest('button[data-action]');
  if (!button || !this.contains(button)) return;

  var item = button.closest('li');
  switch (button.dataset.action) {
    case 'toggle':
      item.classList.toggle('done');
      break;
    case 'delete':
      item.remove();
      break;
  }
});
