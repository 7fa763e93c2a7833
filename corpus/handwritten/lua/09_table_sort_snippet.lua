local scores = { alice = 42, bob = 17, carol = 42, dave = 30 }
local names = {}
for name in pairs(scores) do names[#names + 1] = name end
table.sort(names, function(a, b)
  if scores[a] ~= scores[b] then return scores[a] > scores[b] end
  return a < b
end)
print(table.concat(names, ", "))
