-- access_by_lua_file /etc/nginx/lua/rate_limit.lua;
-- Fixed-window rate limit per API key using a shared dict.
-- nginx.conf:  lua_shared_dict ratelimit 10m;

local limit = tonumber(os.getenv("RATE_LIMIT_PER_MIN")) or 120
local window = 60

local dict = ngx.shared.ratelimit
local key = ngx.var.http_x_api_key

if not key or key == "" then
  ngx.status = ngx.HTTP_UNAUTHORIZED
  ngx.header["Content-Type"] = "application/json"
  ngx.say('{"error":"missing X-Api-Key"}')
  return ngx.exit(ngx.HTTP_UNAUTHORIZED)
end

local bucket = math.floor(ngx.now() / window)
local counter_key = key .. ":" .. bucket

local count, err = dict:incr(counter_key, 1, 0, window + 1)
if not count then
  ngx.log(ngx.ERR, "rate limit dict error: ", err)
  return -- fail open
end

local remaining = math.max(0, limit - count)
ngx.header["X-RateLimit-Limit"] = limit
ngx.header["X-RateLimit-Remaining"] = remaining
ngx.header["X-RateLimit-Reset"] = (bucket + 1) * window

if count > limit then
  ngx.header["Retry-After"] = (bucket + 1) * window - math.floor(ngx.now())
  ngx.status = 429
  ngx.header["Content-Type"] = "application/json"
  ngx.say('{"error":"rate limit exceeded"}')
  return ngx.exit(429)
end
