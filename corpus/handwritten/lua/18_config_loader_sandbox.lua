-- Loads a Lua config file in a restricted environment (Lua 5.2+).
local M = {}

local defaults = {
  port = 8080,
  workers = 4,
  log_level = "info",
  allowed_hosts = {},
}

local function deep_copy(t)
  if type(t) ~= "table" then return t end
  local r = {}
  for k, v in pairs(t) do r[k] = deep_copy(v) end
  return r
end

local validators = {
  port = function(v) return math.type(v) == "integer" and v > 0 and v < 65536 end,
  workers = function(v) return math.type(v) == "integer" and v >= 1 end,
  log_level = function(v)
    return v == "debug" or v == "info" or v == "warn" or v == "error"
  end,
  allowed_hosts = function(v) return type(v) == "table" end,
}

function M.load(path)
  local cfg = deep_copy(defaults)
  local env = {
    env = function(name, fallback) return os.getenv(name) or fallback end,
    tonumber = tonumber,
    math = { floor = math.floor, max = math.max, min = math.min },
  }
  setmetatable(env, {
    __newindex = function(_, k, v)
      if defaults[k] == nil then
        error(("unknown setting '%s'"):format(k), 2)
      end
      cfg[k] = v
    end,
  })

  local chunk, err = loadfile(path, "t", env)
  if not chunk then return nil, err end
  local ok, runErr = pcall(chunk)
  if not ok then return nil, runErr end

  for key, check in pairs(validators) do
    if not check(cfg[key]) then
      return nil, ("invalid value for '%s': %s"):format(key, tostring(cfg[key]))
    end
  end
  return cfg
end

return M
