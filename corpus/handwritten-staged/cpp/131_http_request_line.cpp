#include <optional>
#include <string_view>

struct RequestLine {
    std::string_view method, target, version;
};

// "GET /path?q=1 HTTP/1.1" -> views into the original buffer
constexpr std::optional<RequestLine> parse_request_line(std::string_view s) {
    const auto sp1 = s.find(' ');
    if (sp1 == std::string_view::npos) return std::nullopt;
    const auto sp2 = s.find(' ', sp1 + 1);
    if (sp2 == std::string_view::npos) return std::nullopt;
    RequestLine r{s.substr(0, sp1), s.substr(sp1 + 1, sp2 - sp1 - 1), s.substr(sp2 + 1)};
    if (r.method.empty() || r.target.empty() || !r.version.starts_with("HTTP/")) return std::nullopt;
    return r;
}

static_assert(parse_request_line("GET /index.html HTTP/1.1")->target == "/index.html");
static_assert(!parse_request_line("garbage"));
