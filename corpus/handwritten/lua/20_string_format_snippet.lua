local items = { { "apples", 3, 0.5 }, { "bread", 1, 2.25 }, { "milk", 2, 0.99 } }
local total = 0
for _, it in ipairs(items) do
  local name, qty, price = table.unpack(it)
  total = total + qty * price
  print(string.format("%-8s x%d  %6.2f", name, qty, qty * price))
end
print(string.format("%-11s %6.2f", "total", total))
