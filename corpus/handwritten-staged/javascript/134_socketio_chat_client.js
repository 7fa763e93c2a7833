/* global io */
(function () {
  var socket = io('/chat', { transports: ['websocket'], auth: { token: localStorage.getItem('token') } });
  var form = document.getElementById('chat-form');
  var input = document.getElementById('chat-input');
  var log = document.getElementById('chat-log');
  var typingEl = document.getElementById('typing');
  var room = new URLSearchParams(location.search).get('room') || 'lobby';
  var typingTimer = null;
  var typers = {};

  function addLine(cls, html) {
    var li = document.createElement('li');
    li.className = cls;
    li.innerHTML = html;
    log.appendChild(li);
    log.scrollTop = log.scrollHeight;
  }

  function esc(s) {
    var d = document.createElement('div');
    d.textContent = s;
    return d.innerHTML;
  }

  function renderTyping() {
    var names = Object.keys(typers);
    typingEl.textContent = names.length === 0 ? '' :
      names.length === 1 ? names[0] + ' is typing...' : names.length + ' people are typing...';
  }

  socket.on('connect', function () {
    socket.emit('join', room, function (history) {
      log.innerHTML = '';
      history.forEach(function (m) {
        addLine('msg', '<b>' + esc(m.user) + '</b> ' + esc(m.text));
      });
      addLine('system', 'joined #' + esc(room));
    });
  });

  socket.on('message', function (m) {
    delete typers[m.user];
    renderTyping();
    addLine(m.self ? 'msg self' : 'msg', '<b>' + esc(m.user) + '</b> ' + esc(m.text));
  });

  socket.on('typing', function (data) {
    if (data.typing) typers[data.user] = true;
    else delete typers[data.user];
    renderTyping();
  });

  socket.on('presence', function (p) {
    addLine('system', esc(p.user) + (p.online ? ' joined' : ' left'));
  });

  socket.on('connect_error', function (err) {
    addLine('system error', 'connection failed: ' + esc(err.message));
  });

  socket.on('disconnect', function (reason) {
    addLine('system', 'disconnected (' + esc(reason) + '), retrying...');
  });

  input.addEventListener('input', function () {
    socket.volatile.emit('typing', true);
    clearTimeout(typingTimer);
    typingTimer = setTimeout(function () { socket.emit('typing', false); }, 1500);
  });

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var text = input.value.trim();
    if (!text) return;
    socket.timeout(5000).emit('message', { room: room, text: text }, function (err) {
      if (err) addLine('system error', 'message not delivered');
    });
    input.value = '';
    socket.emit('typing', false);
  });
})();
