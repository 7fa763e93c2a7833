local Deque = {}
Deque.__index = Deque

function Deque.new() return setmetatable({ first = 0, last = -1, items = {} }, Deque) end

function Deque:push_front(v) self.first = self.first - 1; self.items[self.first] = v end
function Deque:push_back(v) self.last = self.last + 1; self.items[self.last] = v end

function Deque:pop_front()
  if self.first > self.last then return nil end
  local v = self.items[self.first]
  self.items[self.first] = nil
  self.first = self.first + 1
  return v
end

function Deque:pop_back()
  if self.first > self.last then return nil end
  local v = self.items[self.last]
  self.items[self.last] = nil
  self.last = self.last - 1
  return v
end

function Deque:__len() return self.last - self.first + 1 end

-- breadth-first search on a grid using the deque
local grid = {
  "S.#.....",
  ".##.###.",
  "....#...",
  "##.##.#.",
  "......#E",
}

local function bfs()
  local h, w = #grid, #grid[1]
  local start, goal
  for y = 1, h do
    for x = 1, w do
      local c = grid[y]:sub(x, x)
      if c == "S" then start = { x, y } elseif c == "E" then goal = { x, y } end
    end
  end
  local dist = { [start[2] * 100 + start[1]] = 0 }
  local q = Deque.new()
  q:push_back(start)
  while #q > 0 do
    local p = q:pop_front()
    local d = dist[p[2] * 100 + p[1]]
    if p[1] == goal[1] and p[2] == goal[2] then return d end
    for _, dir in ipairs({ { 1, 0 }, { -1, 0 }, { 0, 1 }, { 0, -1 } }) do
      local nx, ny = p[1] + dir[1], p[2] + dir[2]
      if nx >= 1 and nx <= w and ny >= 1 and ny <= h and grid[ny]:sub(nx, nx) ~= "#" then
        local key = ny * 100 + nx
        if not dist[key] then
          dist[key] = d + 1
          q:push_back({ nx, ny })
        end
      end
    end
  end
end

print("shortest path:", bfs())
