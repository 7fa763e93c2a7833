(function () {
  'use strict';

  var canvas = document.getElementById('sky');
  var ctx = canvas.getContext('2d');
  var dpr = window.devicePixelRatio || 1;
  var rockets = [];
  var sparks = [];
  var GRAVITY = 0.06;
  var last = 0;

  function resize() {
    canvas.width = innerWidth * dpr;
    canvas.height = innerHeight * dpr;
    canvas.style.width = innerWidth + 'px';
    canvas.style.height = innerHeight + 'px';
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
  }

  function rand(min, max) {
    return min + Math.random() * (max - min);
  }

  function Rocket(x, targetY) {
    this.x = x;
    this.y = innerHeight;
    this.vx = rand(-1, 1);
    this.vy = -Math.sqrt(2 * GRAVITY * (innerHeight - targetY)) * 1.05;
    this.hue = Math.floor(rand(0, 360));
    this.trail = [];
  }

  Rocket.prototype.update = function () {
    this.trail.push({ x: this.x, y: this.y });
    if (this.trail.length > 6) this.trail.shift();
    this.x += this.vx;
    this.y += this.vy;
    this.vy += GRAVITY;
    return this.vy < -0.5; // explode near the apex
  };

  Rocket.prototype.draw = function () {
    ctx.strokeStyle = 'hsl(' + this.hue + ', 100%, 70%)';
    ctx.lineWidth = 2;
    ctx.beginPath();
    var first = this.trail[0] || this;
    ctx.moveTo(first.x, first.y);
    ctx.lineTo(this.x, this.y);
    ctx.stroke();
  };

  function Spark(x, y, hue) {
    var angle = rand(0, Math.PI * 2);
    var speed = rand(1, 5);
    this.x = x;
    this.y = y;
    this.vx = Math.cos(angle) * speed;
    this.vy = Math.sin(angle) * speed;
    this.hue = hue + rand(-20, 20);
    this.life = 1;
    this.decay = rand(0.012, 0.025);
  }

  Spark.prototype.update = function () {
    this.vx *= 0.98;
    this.vy = this.vy * 0.98 + GRAVITY;
    this.x += this.vx;
    this.y += this.vy;
    this.life -= this.decay;
    return this.life > 0;
  };

  Spark.prototype.draw = function () {
    ctx.fillStyle = 'hsla(' + this.hue + ', 100%, 60%, ' + this.life + ')';
    ctx.beginPath();
    ctx.arc(this.x, this.y, 2 * this.life + 0.5, 0, Math.PI * 2);
    ctx.fill();
  };

  function explode(r) {
    var count = 80 + Math.floor(Math.random() * 60);
    for (var i = 0; i < count; i++) sparks.push(new Spark(r.x, r.y, r.hue));
  }

  function frame(t) {
    var dt = t - last;
    last = t;

    // translucent fill leaves short motion trails
    ctx.globalCompositeOperation = 'source-over';
    ctx.fillStyle = 'rgba(5, 5, 20, 0.25)';
    ctx.fillRect(0, 0, innerWidth, innerHeight);
    ctx.globalCompositeOperation = 'lighter';

    if (Math.random() < Math.min(0.05, dt / 600)) {
      rockets.push(new Rocket(rand(innerWidth * 0.2, innerWidth * 0.8), rand(innerHeight * 0.1, innerHeight * 0.4)));
    }

    rockets = rockets.filter(function (r) {
      var flying = r.update();
      if (flying) r.draw();
      else explode(r);
      return flying;
    });

    sparks = sparks.filter(function (s) {
      var alive = s.update();
      if (alive) s.draw();
      return alive;
    });

    requestAnimationFrame(frame);
  }

  canvas.addEventListener('click', function (e) {
    var r = new Rocket(e.clientX, e.clientY);
    r.x = e.clientX;
    r.y = e.clientY;
    explode(r);
  });

  window.addEventListener('resize', resize);
  resize();
  requestAnimationFrame(frame);
})();
