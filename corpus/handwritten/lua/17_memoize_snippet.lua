local function memoize(fn)
  local cache = setmetatable({}, { __mode = "k" })
  return function(x)
    local v = cache[x]
    if v == nil then v = fn(x); cache[x] = v end
    return v
  end
end
