module blog.web;

import vibe.d;
import std.algorithm : sort, find;
import std.array : array;
import std.range : empty;

struct Post
{
    size_t id;
    string title;
    string body_;
    string author;
}

struct UserSettings
{
    bool loggedIn;
    string name;
}

class BlogWeb
{
    private Post[] posts;
    private SessionVar!(UserSettings, "settings") m_user;

    @path("/")
    void getIndex()
    {
        auto recent = posts.dup.sort!((a, b) => a.id > b.id).array;
        auto user = m_user.value;
        render!("index.dt", recent, user);
    }

    @path("/post/:id")
    void getPost(size_t _id)
    {
        auto p = posts.find!(x => x.id == _id);
        enforceHTTP(!p.empty, HTTPStatus.notFound, "Post not found");
        auto post = p[0];
        render!("post.dt", post);
    }

    void getLogin(string _error = null)
    {
        render!("login.dt", _error);
    }

    @errorDisplay!getLogin
    void postLogin(ValidUsername user, string password)
    {
        enforce(password == "hunter2", "Wrong password");
        UserSettings s = {loggedIn: true, name: user};
        m_user = s;
        redirect("/");
    }

    @auth
    void postNew(string _user, string title, string body_)
    {
        enforceBadRequest(title.length, "Title required");
        posts ~= Post(posts.length + 1, title, body_, _user);
        redirect("/");
    }

    void postLogout()
    {
        m_user = UserSettings.init;
        terminateSession();
        redirect("/");
    }

    private enum auth = before!ensureAuth("_user");

    private string ensureAuth(HTTPServerRequest req, HTTPServerResponse res)
    {
        if (!m_user.value.loggedIn)
            redirect("/login");
        return m_user.value.name;
    }

    mixin PrivateAccessProxy;
}

shared static this()
{
    auto router = new URLRouter;
    router.registerWebInterface(new BlogWeb);
    router.get("/static/*", serveStaticFiles("public/", new HTTPFileServerSettings("/static/")));

    auto settings = new HTTPServerSettings;
    settings.port = 9000;
    settings.sessionStore = new MemorySessionStore;
    listenHTTP(settings, router);
}
