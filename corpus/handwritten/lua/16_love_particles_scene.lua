-- scenes/title.lua: title screen with a drifting star field
local Title = {}
Title.__index = Title

local STAR_COUNT = 180

function Title.new(switchTo)
  local self = setmetatable({}, Title)
  self.switchTo = switchTo
  self.time = 0
  self.stars = {}
  local w, h = love.graphics.getDimensions()
  for i = 1, STAR_COUNT do
    self.stars[i] = {
      x = love.math.random() * w,
      y = love.math.random() * h,
      z = love.math.random(1, 3),
    }
  end
  self.font = love.graphics.newFont(42)
  self.small = love.graphics.newFont(14)
  return self
end

function Title:update(dt)
  self.time = self.time + dt
  local w, h = love.graphics.getDimensions()
  for _, s in ipairs(self.stars) do
    s.y = s.y + 20 * s.z * dt
    if s.y > h then
      s.y = 0
      s.x = love.math.random() * w
    end
  end
end

function Title:draw()
  for _, s in ipairs(self.stars) do
    local c = 0.3 + 0.23 * s.z
    love.graphics.setColor(c, c, c)
    love.graphics.points(s.x, s.y)
  end
  local w, h = love.graphics.getDimensions()
  love.graphics.setColor(1, 0.85, 0.3)
  love.graphics.setFont(self.font)
  love.graphics.printf("STARFALL", 0, h * 0.3, w, "center")
  local alpha = 0.5 + 0.5 * math.sin(self.time * 3)
  love.graphics.setColor(1, 1, 1, alpha)
  love.graphics.setFont(self.small)
  love.graphics.printf("press enter", 0, h * 0.6, w, "center")
end

function Title:keypressed(key)
  if key == "return" or key == "kpenter" then
    self.switchTo("game")
  end
end

return Title
