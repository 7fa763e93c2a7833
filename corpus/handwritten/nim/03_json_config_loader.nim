import std/[json, os, strformat, strutils, options, tables]

type
  DbConfig = object
    host: string
    port: int
    name: string
    user: string
    password: Option[string]

  AppConfig = object
    listen: string
    workers: int
    debug: bool
    db: DbConfig
    features: Table[string, bool]

  ConfigError = object of CatchableError

proc defaultConfig(): AppConfig =
  AppConfig(
    listen: "127.0.0.1:8080",
    workers: 4,
    debug: false,
    db: DbConfig(host: "localhost", port: 5432, name: "app", user: "app"),
  )

proc loadConfig(path: string): AppConfig =
  if not fileExists(path):
    raise newException(ConfigError, &"config file not found: {path}")
  let node =
    try: parseFile(path)
    except JsonParsingError as e:
      raise newException(ConfigError, &"{path}: {e.msg}")
  result = defaultConfig()
  if node.hasKey("listen"): result.listen = node["listen"].getStr
  if node.hasKey("workers"): result.workers = node["workers"].getInt
  result.debug = node{"debug"}.getBool(false)
  if node.hasKey("db"):
    let db = node["db"]
    result.db.host = db{"host"}.getStr(result.db.host)
    result.db.port = db{"port"}.getInt(result.db.port)
    result.db.name = db{"name"}.getStr(result.db.name)
    result.db.user = db{"user"}.getStr(result.db.user)
    if db.hasKey("password"):
      result.db.password = some(db["password"].getStr)
  if node.hasKey("features"):
    for k, v in node["features"].pairs:
      result.features[k] = v.getBool

  let envPw = getEnv("APP_DB_PASSWORD")
  if envPw.len > 0:
    result.db.password = some(envPw)

proc dsn(c: DbConfig): string =
  result = &"postgres://{c.user}"
  if c.password.isSome:
    result.add ":" & c.password.get
  result.add &"@{c.host}:{c.port}/{c.name}"

proc validate(cfg: AppConfig): seq[string] =
  ## Returns a list of human-readable problems; empty means the config is usable.
  let parts = cfg.listen.rsplit(':', maxsplit = 1)
  if parts.len != 2:
    result.add "listen must be host:port, got " & cfg.listen
  else:
    try:
      let port = parseInt(parts[1])
      if port notin 1..65535:
        result.add &"listen port {port} out of range"
    except ValueError:
      result.add "listen port is not a number: " & parts[1]
  if cfg.workers < 1 or cfg.workers > 256:
    result.add &"workers must be between 1 and 256, got {cfg.workers}"
  if cfg.db.host.len == 0:
    result.add "db.host is empty"
  if cfg.db.port notin 1..65535:
    result.add &"db.port {cfg.db.port} out of range"
  if cfg.debug and cfg.db.password.isNone:
    result.add "debug mode without a database password; refusing to start"

proc applyEnv(cfg: var AppConfig) =
  ## APP_LISTEN, APP_WORKERS, APP_DEBUG and APP_FEATURE_<NAME>=0/1 override the file.
  if existsEnv("APP_LISTEN"): cfg.listen = getEnv("APP_LISTEN")
  if existsEnv("APP_WORKERS"): cfg.workers = parseInt(getEnv("APP_WORKERS"))
  if existsEnv("APP_DEBUG"): cfg.debug = getEnv("APP_DEBUG") in ["1", "true", "yes"]
  for key, val in envPairs():
    if key.startsWith("APP_FEATURE_"):
      let name = key["APP_FEATURE_".len .. ^1].toLowerAscii
      cfg.features[name] = val == "1"

proc toJson(cfg: AppConfig): JsonNode =
  result = %*{
    "listen": cfg.listen,
    "workers": cfg.workers,
    "debug": cfg.debug,
    "db": {"host": cfg.db.host, "port": cfg.db.port, "name": cfg.db.name, "user": cfg.db.user},
  }
  var feats = newJObject()
  for k, v in cfg.features: feats[k] = %v
  result["features"] = feats

when isMainModule:
  var cfg = loadConfig(paramStr(1))
  cfg.applyEnv()
  let problems = cfg.validate()
  if problems.len > 0:
    for p in problems: stderr.writeLine "config error: ", p
    quit(1)
  if paramCount() > 1 and paramStr(2) == "--dump":
    echo cfg.toJson.pretty
    quit(0)
  echo "listening on ", cfg.listen, " with ", cfg.workers, " workers"
  echo "database: ", cfg.db.dsn
  for name, on in cfg.features:
    echo "  feature ", name, ": ", (if on: "on" else: "off")
