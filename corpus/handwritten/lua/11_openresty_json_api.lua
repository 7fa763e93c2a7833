-- content_by_lua_file: returns a user's profile from Redis as JSON.
local cjson = require("cjson.safe")
local redis = require("resty.redis")

local function respond(status, body)
  ngx.status = status
  ngx.header["Content-Type"] = "application/json; charset=utf-8"
  ngx.say(cjson.encode(body))
  return ngx.exit(status)
end

local user_id = ngx.var.arg_id
if not user_id or not user_id:match("^%d+$") then
  return respond(400, { error = "id must be numeric" })
end

local red = redis:new()
red:set_timeouts(200, 500, 500)

local ok, err = red:connect("127.0.0.1", 6379)
if not ok then
  ngx.log(ngx.ERR, "redis connect failed: ", err)
  return respond(503, { error = "backend unavailable" })
end

local res, gerr = red:hgetall("user:" .. user_id)
if not res then
  ngx.log(ngx.ERR, "hgetall failed: ", gerr)
  return respond(500, { error = "lookup failed" })
end

-- put the connection back into the pool
red:set_keepalive(10000, 64)

if #res == 0 then
  return respond(404, { error = "no such user" })
end

local profile = {}
for i = 1, #res, 2 do
  profile[res[i]] = res[i + 1]
end
profile.id = tonumber(user_id)
profile.password_hash = nil

return respond(200, profile)
