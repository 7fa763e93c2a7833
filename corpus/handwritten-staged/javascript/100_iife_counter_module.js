var Counter = (function () {
  var count = 0;
  var listeners = [];

  function notify() {
    for (var i = 0; i < listeners.length; i++) listeners[i](count);
  }

  return {
    increment: function () { count++; notify(); },
    reset: function () { count = 0; notify(); },
    value: function () { return count; },
    subscribe: function (fn) { listeners.push(fn); }
  };
})();

Counter.subscribe(function (n) { document.title = '(' + n + ') Inbox'; });
