-- Generators with coroutines: read lines, filter, number them.

local function lines_of(text)
  return coroutine.wrap(function()
    for line in text:gmatch("[^\n]+") do
      coroutine.yield(line)
    end
  end)
end

local function filter(pred, gen)
  return coroutine.wrap(function()
    for v in gen do
      if pred(v) then coroutine.yield(v) end
    end
  end)
end

local function map(fn, gen)
  return coroutine.wrap(function()
    for v in gen do coroutine.yield(fn(v)) end
  end)
end

local function take(n, gen)
  return coroutine.wrap(function()
    local i = 0
    for v in gen do
      i = i + 1
      if i > n then return end
      coroutine.yield(v)
    end
  end)
end

local log = [[
2026-11-02 10:00:01 INFO  started
2026-11-02 10:00:05 WARN  disk 81% full
2026-11-02 10:01:10 ERROR cannot open /data/x.db
2026-11-02 10:02:00 INFO  heartbeat
2026-11-02 10:03:44 ERROR timeout talking to upstream
2026-11-02 10:04:00 ERROR timeout talking to upstream
]]

local n = 0
local pipeline = take(2,
  map(function(l) n = n + 1; return ("%d: %s"):format(n, l:sub(21)) end,
    filter(function(l) return l:find("ERROR", 1, true) end, lines_of(log))))

for line in pipeline do print(line) end
