(() => {
  const canvas = document.getElementById('board');
  const ctx = canvas.getContext('2d');
  const scoreEl = document.getElementById('score');
  const CELL = 20;
  const COLS = canvas.width / CELL;
  const ROWS = canvas.height / CELL;
  const SPEEDS = [140, 120, 100, 85, 70, 60];

  let snake, dir, nextDir, food, score, level, timer, paused, gameOver;

  function reset() {
    snake = [{ x: 8, y: 10 }, { x: 7, y: 10 }, { x: 6, y: 10 }];
    dir = { x: 1, y: 0 };
    nextDir = dir;
    score = 0;
    level = 0;
    paused = false;
    gameOver = false;
    placeFood();
    restartTimer();
    draw();
  }

  function restartTimer() {
    clearInterval(timer);
    timer = setInterval(tick, SPEEDS[Math.min(level, SPEEDS.length - 1)]);
  }

  function placeFood() {
    do {
      food = {
        x: Math.floor(Math.random() * COLS),
        y: Math.floor(Math.random() * ROWS),
        bonus: Math.random() < 0.15,
      };
    } while (snake.some((s) => s.x === food.x && s.y === food.y));
  }

  function tick() {
    if (paused || gameOver) return;
    dir = nextDir;
    const head = { x: snake[0].x + dir.x, y: snake[0].y + dir.y };

    if (head.x < 0 || head.y < 0 || head.x >= COLS || head.y >= ROWS ||
        snake.some((s) => s.x === head.x && s.y === head.y)) {
      gameOver = true;
      clearInterval(timer);
      draw();
      return;
    }

    snake.unshift(head);
    if (head.x === food.x && head.y === food.y) {
      score += food.bonus ? 5 : 1;
      if (Math.floor(score / 10) > level) {
        level = Math.floor(score / 10);
        restartTimer();
      }
      placeFood();
    } else {
      snake.pop();
    }
    draw();
  }

  function draw() {
    ctx.fillStyle = '#10141a';
    ctx.fillRect(0, 0, canvas.width, canvas.height);

    ctx.fillStyle = food.bonus ? '#f5c542' : '#e0474c';
    ctx.beginPath();
    ctx.arc(food.x * CELL + CELL / 2, food.y * CELL + CELL / 2, CELL / 2 - 2, 0, Math.PI * 2);
    ctx.fill();

    snake.forEach((s, i) => {
      ctx.fillStyle = i === 0 ? '#7bd88f' : '#4caf6a';
      ctx.fillRect(s.x * CELL + 1, s.y * CELL + 1, CELL - 2, CELL - 2);
    });

    scoreEl.textContent = `Score ${score} · Level ${level + 1}`;

    if (paused || gameOver) {
      ctx.fillStyle = 'rgba(0,0,0,0.6)';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      ctx.fillStyle = '#fff';
      ctx.font = 'bold 28px system-ui';
      ctx.textAlign = 'center';
      ctx.fillText(gameOver ? 'Game over — press R' : 'Paused', canvas.width / 2, canvas.height / 2);
    }
  }

  const KEYS = {
    ArrowUp: { x: 0, y: -1 }, KeyW: { x: 0, y: -1 },
    ArrowDown: { x: 0, y: 1 }, KeyS: { x: 0, y: 1 },
    ArrowLeft: { x: -1, y: 0 }, KeyA: { x: -1, y: 0 },
    ArrowRight: { x: 1, y: 0 }, KeyD: { x: 1, y: 0 },
  };

  document.addEventListener('keydown', (e) => {
    if (e.code === 'KeyP' || e.code === 'Space') {
      paused = !paused;
      draw();
      return;
    }
    if (e.code === 'KeyR') {
      reset();
      return;
    }
    const d = KEYS[e.code];
    if (d && (d.x !== -dir.x || d.y !== -dir.y)) {
      nextDir = d;
      e.preventDefault();
    }
  });

  reset();
})();
