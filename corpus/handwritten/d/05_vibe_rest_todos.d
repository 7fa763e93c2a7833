module todos.app;

import vibe.vibe;
import std.algorithm : filter, countUntil, remove;
import std.array : array;
import std.datetime : Clock, SysTime;
import std.uuid : randomUUID;

struct Todo
{
    string id;
    string title;
    bool done;
    @optional string[] tags;
    SysTime created;
}

struct NewTodo
{
    string title;
    @optional string[] tags;
}

/// REST interface; vibe generates the routes from the method names.
@path("/api/v1")
interface ITodoApi
{
    @method(HTTPMethod.GET) @path("todos")
    Todo[] getTodos(string tag = null);

    @path("todos/:id")
    Todo getTodo(string _id);

    @path("todos")
    Todo postTodo(NewTodo todo);

    @path("todos/:id/done")
    void putDone(string _id, bool done);

    @path("todos/:id")
    void deleteTodo(string _id);
}

final class TodoApi : ITodoApi
{
    private Todo[] m_items;
    private TaskMutex m_lock;

    this()
    {
        m_lock = new TaskMutex;
    }

    Todo[] getTodos(string tag)
    {
        synchronized (m_lock)
        {
            if (tag is null)
                return m_items.dup;
            return m_items.filter!(t => t.tags.canFind(tag)).array;
        }
    }

    Todo getTodo(string id)
    {
        synchronized (m_lock)
            return m_items[indexOf(id)];
    }

    Todo postTodo(NewTodo req)
    {
        enforceBadRequest(req.title.length > 0, "title must not be empty");
        enforceBadRequest(req.title.length <= 200, "title too long");

        auto t = Todo(randomUUID().toString, req.title, false, req.tags, Clock.currTime);
        synchronized (m_lock)
            m_items ~= t;
        logInfo("created todo %s: %s", t.id, t.title);
        return t;
    }

    void putDone(string id, bool done)
    {
        synchronized (m_lock)
            m_items[indexOf(id)].done = done;
    }

    void deleteTodo(string id)
    {
        synchronized (m_lock)
            m_items = m_items.remove(indexOf(id));
    }

    private size_t indexOf(string id)
    {
        auto i = m_items.countUntil!(t => t.id == id);
        enforceHTTP(i >= 0, HTTPStatus.notFound, "no todo with id " ~ id);
        return cast(size_t) i;
    }
}

void healthCheck(HTTPServerRequest req, HTTPServerResponse res)
{
    res.writeJsonBody(["status": "ok", "time": Clock.currTime.toISOExtString]);
}

void errorPage(HTTPServerRequest req, HTTPServerResponse res, HTTPServerErrorInfo error)
{
    res.writeJsonBody([
        "error": error.message,
        "code": error.code.to!string,
    ]);
}

void main()
{
    auto router = new URLRouter;
    router.get("/healthz", &healthCheck);
    router.registerRestInterface(new TodoApi);
    router.get("*", serveStaticFiles("public/"));

    auto settings = new HTTPServerSettings;
    settings.port = 8080;
    settings.bindAddresses = ["::1", "127.0.0.1"];
    settings.errorPageHandler = toDelegate(&errorPage);
    settings.accessLogToConsole = true;

    auto listener = listenHTTP(settings, router);
    scope (exit) listener.stopListening();

    logInfo("Listening on http://127.0.0.1:%d/", settings.port);
    runApplication();
}
