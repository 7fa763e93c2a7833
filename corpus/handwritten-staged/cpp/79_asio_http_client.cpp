// Tiny HTTP/1.1 GET client on standalone asio with C++20 coroutines.
// Build: g++ -std=c++20 -DASIO_STANDALONE -I third_party/asio/include http_get.cpp -pthread

#include <asio.hpp>
#include <asio/experimental/awaitable_operators.hpp>

#include <chrono>
#include <iostream>
#include <string>
#include <string_view>

using asio::awaitable;
using asio::co_spawn;
using asio::detached;
using asio::use_awaitable;
using asio::ip::tcp;
using namespace asio::experimental::awaitable_operators;
using namespace std::chrono_literals;

namespace {

struct Url {
    std::string host;
    std::string port = "80";
    std::string path = "/";
};

Url parse_url(std::string_view s) {
    Url u;
    if (s.starts_with("http://")) s.remove_prefix(7);
    auto slash = s.find('/');
    std::string_view authority = s.substr(0, slash);
    if (slash != std::string_view::npos) u.path = std::string(s.substr(slash));
    if (auto colon = authority.find(':'); colon != std::string_view::npos) {
        u.host = std::string(authority.substr(0, colon));
        u.port = std::string(authority.substr(colon + 1));
    } else {
        u.host = std::string(authority);
    }
    return u;
}

awaitable<void> timeout(std::chrono::steady_clock::duration d) {
    asio::steady_timer timer(co_await asio::this_coro::executor);
    timer.expires_after(d);
    co_await timer.async_wait(use_awaitable);
}

awaitable<std::string> fetch(const Url& url) {
    auto ex = co_await asio::this_coro::executor;
    tcp::resolver resolver(ex);
    tcp::socket socket(ex);

    auto endpoints = co_await resolver.async_resolve(url.host, url.port, use_awaitable);
    co_await asio::async_connect(socket, endpoints, use_awaitable);

    std::string request = "GET " + url.path + " HTTP/1.1\r\n"
                          "Host: " + url.host + "\r\n"
                          "User-Agent: tiny-get/0.2\r\n"
                          "Accept: */*\r\n"
                          "Connection: close\r\n\r\n";
    co_await asio::async_write(socket, asio::buffer(request), use_awaitable);

    std::string response;
    std::array<char, 4096> chunk{};
    for (;;) {
        auto [ec, n] = co_await socket.async_read_some(asio::buffer(chunk),
                                                       asio::as_tuple(use_awaitable));
        response.append(chunk.data(), n);
        if (ec == asio::error::eof) break;
        if (ec) throw asio::system_error(ec);
    }
    co_return response;
}

awaitable<void> run(std::string target) {
    const Url url = parse_url(target);
    auto result = co_await (fetch(url) || timeout(10s));

    if (result.index() == 1) {
        std::cerr << "timed out after 10s\n";
        co_return;
    }
    const std::string& body = std::get<0>(result);
    auto header_end = body.find("\r\n\r\n");
    std::cout << body.substr(0, body.find("\r\n")) << '\n';
    if (header_end != std::string::npos)
        std::cout << body.substr(header_end + 4);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: " << argv[0] << " http://host[:port]/path\n";
        return 2;
    }
    try {
        asio::io_context io;
        co_spawn(io, run(argv[1]), [](std::exception_ptr ep) {
            if (ep) {
                try { std::rethrow_exception(ep); }
                catch (const std::exception& e) { std::cerr << "error: " << e.what() << '\n'; }
            }
        });
        io.run();
    } catch (const std::exception& e) {
        std::cerr << "fatal: " << e.what() << '\n';
        return 1;
    }
}
