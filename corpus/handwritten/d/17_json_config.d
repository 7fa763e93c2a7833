module config;

import std.json;
import std.file : readText, exists, write;
import std.exception : enforce;
import std.conv : to;
import std.stdio;
import std.algorithm : map;
import std.array : array;

struct ServerConfig
{
    string host = "0.0.0.0";
    ushort port = 8080;
    string[] allowedOrigins;
    uint workers = 2;
    bool debugMode;
    LogConfig log;
}

struct LogConfig
{
    string level = "info";
    string file;
}

private T get(T)(const JSONValue obj, string key, T fallback)
{
    if (auto p = key in obj.object)
    {
        static if (is(T == string))
            return p.str;
        else static if (is(T == bool))
            return p.boolean;
        else static if (is(T : ulong))
            return p.integer.to!T;
        else
            static assert(0, "unsupported type " ~ T.stringof);
    }
    return fallback;
}

ServerConfig loadConfig(string path)
{
    ServerConfig cfg;
    if (!path.exists)
    {
        stderr.writefln("warning: %s not found, using defaults", path);
        return cfg;
    }

    auto root = parseJSON(readText(path));
    enforce(root.type == JSONType.object, "config root must be an object");

    cfg.host = root.get("host", cfg.host);
    cfg.port = root.get!ushort("port", cfg.port);
    cfg.workers = root.get!uint("workers", cfg.workers);
    cfg.debugMode = root.get("debug", false);

    if (auto origins = "allowedOrigins" in root.object)
        cfg.allowedOrigins = origins.array.map!(o => o.str).array;

    if (auto log = "log" in root.object)
    {
        cfg.log.level = (*log).get("level", cfg.log.level);
        cfg.log.file = (*log).get("file", cfg.log.file);
    }

    enforce(cfg.workers > 0 && cfg.workers <= 64, "workers out of range");
    return cfg;
}

void saveConfig(in ServerConfig cfg, string path)
{
    JSONValue j = [
        "host": JSONValue(cfg.host),
        "port": JSONValue(cfg.port),
        "workers": JSONValue(cfg.workers),
        "debug": JSONValue(cfg.debugMode),
    ];
    j["allowedOrigins"] = JSONValue(cfg.allowedOrigins);
    j["log"] = JSONValue(["level": cfg.log.level, "file": cfg.log.file]);
    write(path, j.toPrettyString);
}

void main(string[] args)
{
    auto path = args.length > 1 ? args[1] : "server.json";
    auto cfg = loadConfig(path);
    writefln("listening on %s:%s with %s workers", cfg.host, cfg.port, cfg.workers);
    writefln("log level: %s", cfg.log.level);
    if (cfg.allowedOrigins.length)
        writefln("CORS: %-(%s, %)", cfg.allowedOrigins);
}
