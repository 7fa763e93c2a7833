/// Minimal hand-rolled bindings to the bits of libsqlite3 we need.
module db.sqlite;

import std.string : toStringz, fromStringz;
import std.exception : enforce;

extern (C) nothrow @nogc
{
    struct sqlite3;
    struct sqlite3_stmt;

    enum SQLITE_OK = 0;
    enum SQLITE_ROW = 100;
    enum SQLITE_DONE = 101;

    int sqlite3_open(const(char)* filename, sqlite3** ppDb);
    int sqlite3_close(sqlite3* db);
    const(char)* sqlite3_errmsg(sqlite3* db);
    int sqlite3_exec(sqlite3* db, const(char)* sql,
        int function(void*, int, char**, char**) callback, void* arg, char** errmsg);
    int sqlite3_prepare_v2(sqlite3* db, const(char)* sql, int nByte,
        sqlite3_stmt** stmt, const(char)** tail);
    int sqlite3_bind_text(sqlite3_stmt*, int, const(char)*, int, void function(void*));
    int sqlite3_bind_int64(sqlite3_stmt*, int, long);
    int sqlite3_step(sqlite3_stmt*);
    long sqlite3_column_int64(sqlite3_stmt*, int);
    const(char)* sqlite3_column_text(sqlite3_stmt*, int);
    int sqlite3_finalize(sqlite3_stmt*);
}

// SQLITE_TRANSIENT is (void(*)(void*))-1 in C
private enum transient = cast(void function(void*)) cast(void*) -1;

struct Database
{
    private sqlite3* handle;

    @disable this(this);

    this(string path)
    {
        auto rc = sqlite3_open(path.toStringz, &handle);
        enforce(rc == SQLITE_OK, "cannot open " ~ path);
    }

    ~this()
    {
        if (handle !is null)
            sqlite3_close(handle);
    }

    void exec(string sql)
    {
        char* err;
        if (sqlite3_exec(handle, sql.toStringz, null, null, &err) != SQLITE_OK)
            throw new Exception(err.fromStringz.idup);
    }

    void insertUser(string name, long age)
    {
        sqlite3_stmt* st;
        enforce(sqlite3_prepare_v2(handle, "INSERT INTO users(name, age) VALUES (?, ?)",
            -1, &st, null) == SQLITE_OK, sqlite3_errmsg(handle).fromStringz.idup);
        scope (exit) sqlite3_finalize(st);

        sqlite3_bind_text(st, 1, name.ptr, cast(int) name.length, transient);
        sqlite3_bind_int64(st, 2, age);
        enforce(sqlite3_step(st) == SQLITE_DONE);
    }

    void eachUser(scope void delegate(string, long) dg)
    {
        sqlite3_stmt* st;
        sqlite3_prepare_v2(handle, "SELECT name, age FROM users ORDER BY age", -1, &st, null);
        scope (exit) sqlite3_finalize(st);
        while (sqlite3_step(st) == SQLITE_ROW)
            dg(sqlite3_column_text(st, 0).fromStringz.idup, sqlite3_column_int64(st, 1));
    }
}

version (unittest) {} else
void main()
{
    import std.stdio : writefln;

    auto db = Database(":memory:");
    db.exec("CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT, age INTEGER)");
    db.insertUser("ada", 36);
    db.insertUser("linus", 28);
    db.eachUser((name, age) => writefln("%-8s %3d", name, age));
}
