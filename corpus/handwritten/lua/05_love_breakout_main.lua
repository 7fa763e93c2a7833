-- main.lua: a tiny Breakout clone for LÖVE 11.x

local W, H = 480, 640

local paddle = { x = W / 2 - 40, y = H - 40, w = 80, h = 12, speed = 420 }
local ball = { x = W / 2, y = H / 2, r = 6, dx = 180, dy = -260, stuck = true }
local bricks = {}
local score, lives = 0, 3
local state = "play"

local function buildBricks()
  bricks = {}
  local cols, rows = 8, 6
  local bw, bh = (W - 40) / cols, 18
  for row = 1, rows do
    for col = 1, cols do
      table.insert(bricks, {
        x = 20 + (col - 1) * bw + 2,
        y = 60 + (row - 1) * (bh + 4),
        w = bw - 4,
        h = bh,
        hp = (row <= 2) and 2 or 1,
        color = { 0.3 + row * 0.1, 0.8 - row * 0.1, 0.9 },
      })
    end
  end
end

local function resetBall()
  ball.stuck = true
  ball.dx, ball.dy = 180 * (love.math.random() < 0.5 and -1 or 1), -260
end

local function hits(b, r)
  local cx = math.max(r.x, math.min(b.x, r.x + r.w))
  local cy = math.max(r.y, math.min(b.y, r.y + r.h))
  local dx, dy = b.x - cx, b.y - cy
  return dx * dx + dy * dy < b.r * b.r
end

function love.load()
  love.window.setMode(W, H)
  love.window.setTitle("brick")
  love.graphics.setFont(love.graphics.newFont(16))
  buildBricks()
end

function love.update(dt)
  if state ~= "play" then return end

  if love.keyboard.isDown("left", "a") then paddle.x = paddle.x - paddle.speed * dt end
  if love.keyboard.isDown("right", "d") then paddle.x = paddle.x + paddle.speed * dt end
  paddle.x = math.max(0, math.min(W - paddle.w, paddle.x))

  if ball.stuck then
    ball.x, ball.y = paddle.x + paddle.w / 2, paddle.y - ball.r - 1
    return
  end

  ball.x = ball.x + ball.dx * dt
  ball.y = ball.y + ball.dy * dt

  if ball.x < ball.r or ball.x > W - ball.r then ball.dx = -ball.dx end
  if ball.y < ball.r then ball.dy = math.abs(ball.dy) end

  if ball.dy > 0 and hits(ball, paddle) then
    local offset = (ball.x - (paddle.x + paddle.w / 2)) / (paddle.w / 2)
    ball.dx = 260 * offset
    ball.dy = -math.abs(ball.dy) * 1.02
  end

  for i = #bricks, 1, -1 do
    local b = bricks[i]
    if hits(ball, b) then
      ball.dy = -ball.dy
      b.hp = b.hp - 1
      if b.hp <= 0 then
        table.remove(bricks, i)
        score = score + 10
      end
      break
    end
  end

  if ball.y > H + ball.r then
    lives = lives - 1
    if lives == 0 then state = "over" else resetBall() end
  end
  if #bricks == 0 then state = "won" end
end

function love.keypressed(key)
  if key == "space" and ball.stuck then ball.stuck = false end
  if key == "r" and state ~= "play" then
    score, lives, state = 0, 3, "play"
    buildBricks()
    resetBall()
  end
  if key == "escape" then love.event.quit() end
end

function love.draw()
  for _, b in ipairs(bricks) do
    love.graphics.setColor(b.color[1], b.color[2], b.color[3], b.hp == 2 and 1 or 0.6)
    love.graphics.rectangle("fill", b.x, b.y, b.w, b.h, 3, 3)
  end
  love.graphics.setColor(1, 1, 1)
  love.graphics.rectangle("fill", paddle.x, paddle.y, paddle.w, paddle.h, 4, 4)
  love.graphics.circle("fill", ball.x, ball.y, ball.r)
  love.graphics.print(("score %d   lives %d"):format(score, lives), 12, 12)
  if state ~= "play" then
    local msg = state == "won" and "You cleared it! (r to restart)" or "Game over (r to restart)"
    love.graphics.printf(msg, 0, H / 2, W, "center")
  end
end
