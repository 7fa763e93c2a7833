--- A small event emitter.
-- local Emitter = require("emitter")
-- local e = Emitter.new()
-- local off = e:on("tick", function(n) print(n) end)
-- e:emit("tick", 1); off()

local Emitter = {}
Emitter.__index = Emitter

function Emitter.new()
  return setmetatable({ _handlers = {} }, Emitter)
end

function Emitter:on(event, fn)
  assert(type(fn) == "function", "handler must be a function")
  local list = self._handlers[event]
  if not list then
    list = {}
    self._handlers[event] = list
  end
  list[#list + 1] = fn
  return function() self:off(event, fn) end
end

function Emitter:once(event, fn)
  local off
  off = self:on(event, function(...)
    off()
    return fn(...)
  end)
  return off
end

function Emitter:off(event, fn)
  local list = self._handlers[event]
  if not list then return false end
  for i = #list, 1, -1 do
    if list[i] == fn then
      table.remove(list, i)
      return true
    end
  end
  return false
end

function Emitter:emit(event, ...)
  local list = self._handlers[event]
  if not list or #list == 0 then return 0 end
  -- copy so handlers can unsubscribe while we iterate
  local snapshot = { table.unpack(list) }
  local errors = {}
  for _, fn in ipairs(snapshot) do
    local ok, err = pcall(fn, ...)
    if not ok then errors[#errors + 1] = tostring(err) end
  end
  if #errors > 0 then
    error(("%d handler(s) failed for '%s':\n%s"):format(#errors, event, table.concat(errors, "\n")), 2)
  end
  return #snapshot
end

function Emitter:listenerCount(event)
  local list = self._handlers[event]
  return list and #list or 0
end

return Emitter
