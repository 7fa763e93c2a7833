-- Minimal class helper with single inheritance.
local function class(parent)
  local c = {}
  c.__index = c
  if parent then setmetatable(c, { __index = parent }) end
  c.new = function(...)
    local obj = setmetatable({}, c)
    if obj.init then obj:init(...) end
    return obj
  end
  c.super = parent
  return c
end

local Animal = class()

function Animal:init(name, sound)
  self.name = name
  self.sound = sound or "..."
end

function Animal:speak()
  return ("%s says %s"):format(self.name, self.sound)
end

local Dog = class(Animal)

function Dog:init(name, tricks)
  Animal.init(self, name, "woof")
  self.tricks = tricks or {}
end

function Dog:perform()
  if #self.tricks == 0 then return self.name .. " just sits there" end
  return self.name .. " can " .. table.concat(self.tricks, ", ")
end

local Cat = class(Animal)
function Cat:init(name) Animal.init(self, name, "meow") end
function Cat:speak()
  local base = Animal.speak(self)
  return base .. " (and ignores you)"
end

local pets = { Dog.new("Rex", { "sit", "roll over" }), Cat.new("Tom"), Animal.new("Fish") }
for _, p in ipairs(pets) do
  print(p:speak())
  if p.perform then print("  " .. p:perform()) end
end
