local Vector = {}
Vector.__index = Vector

local function new(x, y)
  return setmetatable({ x = x or 0, y = y or 0 }, Vector)
end

function Vector.__add(a, b) return new(a.x + b.x, a.y + b.y) end
function Vector.__sub(a, b) return new(a.x - b.x, a.y - b.y) end
function Vector.__mul(a, b)
  if type(a) == "number" then return new(a * b.x, a * b.y) end
  if type(b) == "number" then return new(a.x * b, a.y * b) end
  return a.x * b.x + a.y * b.y -- dot product
end
function Vector.__unm(a) return new(-a.x, -a.y) end
function Vector.__eq(a, b) return a.x == b.x and a.y == b.y end
function Vector.__tostring(a) return ("(%g, %g)"):format(a.x, a.y) end
function Vector.__len(a) return math.sqrt(a.x * a.x + a.y * a.y) end

function Vector:normalized()
  local len = #self
  if len == 0 then return new(0, 0) end
  return new(self.x / len, self.y / len)
end

function Vector:rotated(angle)
  local c, s = math.cos(angle), math.sin(angle)
  return new(c * self.x - s * self.y, s * self.x + c * self.y)
end

function Vector:unpack() return self.x, self.y end

return setmetatable({ new = new, zero = new(0, 0) }, {
  __call = function(_, x, y) return new(x, y) end,
})
