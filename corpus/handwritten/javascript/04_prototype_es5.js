var Stopwatch = (function () {
  'use strict';

  function pad(n) {
    return (n < 10 ? '0' : '') + n;
  }

  function Stopwatch(el) {
    this.el = el;
    this.elapsed = 0;
    this.timer = null;
    this.startedAt = 0;
  }

  Stopwatch.prototype.start = function () {
    if (this.timer) return;
    var self = this;
    this.startedAt = Date.now() - this.elapsed;
    this.timer = setInterval(function () {
      self.elapsed = Date.now() - self.startedAt;
      self.render();
    }, 50);
  };

  Stopwatch.prototype.stop = function () {
    clearInterval(this.timer);
    this.timer = null;
  };

  Stopwatch.prototype.reset = function () {
    this.stop();
    this.elapsed = 0;
    this.render();
  };

  Stopwatch.prototype.render = function () {
    var total = Math.floor(this.elapsed / 10);
    var cs = total % 100;
    var s = Math.floor(total / 100) % 60;
    var m = Math.floor(total / 6000);
    this.el.innerHTML = pad(m) + ':' + pad(s) + '.' + pad(cs);
  };

  return Stopwatch;
})();

var sw = new Stopwatch(document.getElementById('display'));
document.getElementById('start').onclick = function () { sw.start(); };
document.getElementById('stop').onclick = function () { sw.stop(); };
document.getElementById('reset').onclick = function () { sw.reset(); };

// --- laps ---------------------------------------------------------------

Stopwatch.prototype.lap = function () {
  if (!this.laps) this.laps = [];
  var last = this.laps.length ? this.laps[this.laps.length - 1].total : 0;
  var entry = { total: this.elapsed, split: this.elapsed - last };
  this.laps.push(entry);
  return entry;
};

function formatMs(ms) {
  var total = Math.floor(ms / 10);
  var cs = total % 100;
  var s = Math.floor(total / 100) % 60;
  var m = Math.floor(total / 6000);
  return (m < 10 ? '0' : '') + m + ':' + (s < 10 ? '0' : '') + s + '.' + (cs < 10 ? '0' : '') + cs;
}

function renderLaps(list, laps) {
  var best = Infinity, worst = -Infinity, i;
  for (i = 0; i < laps.length; i++) {
    if (laps[i].split < best) best = laps[i].split;
    if (laps[i].split > worst) worst = laps[i].split;
  }
  var html = '';
  for (i = laps.length - 1; i >= 0; i--) {
    var cls = laps.length > 2 && laps[i].split === best ? 'best'
            : laps.length > 2 && laps[i].split === worst ? 'worst' : '';
    html += '<li class="' + cls + '"><span>Lap ' + (i + 1) + '</span>' +
            '<span>' + formatMs(laps[i].split) + '</span>' +
            '<span>' + formatMs(laps[i].total) + '</span></li>';
  }
  list.innerHTML = html;
}

document.getElementById('lap').onclick = function () {
  if (!sw.timer) return;
  sw.lap();
  renderLaps(document.getElementById('laps'), sw.laps);
};

document.onkeydown = function (e) {
  e = e || window.event;
  if (e.keyCode === 32) {
    sw.timer ? sw.stop() : sw.start();
    return false;
  }
  if (e.keyCode === 76) document.getElementById('lap').onclick();
  if (e.keyCode === 82) {
    sw.reset();
    sw.laps = [];
    renderLaps(document.getElementById('laps'), []);
  }
};
