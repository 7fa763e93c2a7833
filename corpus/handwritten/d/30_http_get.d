import std.net.curl : get, HTTP, CurlException;
import std.json : parseJSON;
import std.stdio : writeln, writefln, stderr;

void main(string[] args)
{
    auto user = args.length > 1 ? args[1] : "dlang";
    auto http = HTTP();
    http.addRequestHeader("Accept", "application/vnd.github+json");
    http.setUserAgent("d-snippet/0.1");

    try
    {
        auto body = get("https://api.github.com/users/" ~ user ~ "/repos?per_page=5", http);
        foreach (repo; parseJSON(body).array)
            writefln("%-30s ★ %s", repo["name"].str, repo["stargazers_count"].integer);
    }
    catch (CurlException e)
    {
        stderr.writeln("request failed: ", e.msg);
    }
}
