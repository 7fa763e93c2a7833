-- Minimal JSON encoder (no decoding), handles nested tables.
local encode

local escapes = { ['"'] = '\\"', ['\\'] = '\\\\', ['\b'] = '\\b', ['\f'] = '\\f',
                  ['\n'] = '\\n', ['\r'] = '\\r', ['\t'] = '\\t' }

local function encode_string(s)
  return '"' .. s:gsub('[%c"\\]', function(c)
    return escapes[c] or string.format("\\u%04x", c:byte())
  end) .. '"'
end

local function is_array(t)
  local n = 0
  for k in pairs(t) do
    if type(k) ~= "number" or k <= 0 or math.floor(k) ~= k then return false end
    n = math.max(n, k)
  end
  return n == #t
end

function encode(v, seen)
  seen = seen or {}
  local t = type(v)
  if t == "nil" then return "null"
  elseif t == "boolean" then return tostring(v)
  elseif t == "number" then
    if v ~= v or v == math.huge or v == -math.huge then error("cannot encode " .. tostring(v)) end
    return (math.type and math.type(v) == "integer") and tostring(v) or string.format("%.14g", v)
  elseif t == "string" then return encode_string(v)
  elseif t == "table" then
    if seen[v] then error("circular reference") end
    seen[v] = true
    local out = {}
    if is_array(v) then
      for i = 1, #v do out[i] = encode(v[i], seen) end
      seen[v] = nil
      return "[" .. table.concat(out, ",") .. "]"
    end
    local keys = {}
    for k in pairs(v) do keys[#keys + 1] = tostring(k) end
    table.sort(keys)
    for _, k in ipairs(keys) do
      local val = v[k]
      if val == nil then val = v[tonumber(k)] end
      out[#out + 1] = encode_string(k) .. ":" .. encode(val, seen)
    end
    seen[v] = nil
    return "{" .. table.concat(out, ",") .. "}"
  end
  error("cannot encode type " .. t)
end

return { encode = encode }
