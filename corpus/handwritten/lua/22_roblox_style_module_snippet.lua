local Inventory = {}
Inventory.__index = Inventory

function Inventory.new(capacity)
  return setmetatable({ slots = {}, capacity = capacity or 20 }, Inventory)
end

function Inventory:add(item)
  if #self.slots >= self.capacity then return false, "full" end
  table.insert(self.slots, item)
  return true
end
