// Line-oriented TCP key/value server on raw POSIX sockets + poll(2),
// with RAII wrappers so descriptors never leak.
//   SET key value | GET key | DEL key | KEYS | QUIT
// Try: ./kvd 7070 & printf 'SET a 1\nGET a\nKEYS\n' | nc -q1 localhost 7070

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <system_error>
#include <unordered_map>
#include <utility>
#include <vector>

namespace net {

class Fd {
public:
    Fd() noexcept = default;
    explicit Fd(int fd) noexcept : fd_(fd) {}
    Fd(Fd&& o) noexcept : fd_(std::exchange(o.fd_, -1)) {}
    Fd& operator=(Fd&& o) noexcept {
        if (this != &o) { reset(); fd_ = std::exchange(o.fd_, -1); }
        return *this;
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    ~Fd() { reset(); }

    void reset() noexcept {
        if (fd_ >= 0) ::close(fd_);
        fd_ = -1;
    }
    [[nodiscard]] int get() const noexcept { return fd_; }
    explicit operator bool() const noexcept { return fd_ >= 0; }

private:
    int fd_ = -1;
};

[[noreturn]] inline void throw_errno(const char* what) {
    throw std::system_error(errno, std::generic_category(), what);
}

inline void set_nonblocking(int fd) {
    const int flags = ::fcntl(fd, F_GETFL, 0);
    if (flags < 0 || ::fcntl(fd, F_SETFL, flags | O_NONBLOCK) < 0) throw_errno("fcntl");
}

inline Fd listen_tcp(std::uint16_t port, int backlog = 64) {
    Fd s(::socket(AF_INET, SOCK_STREAM, 0));
    if (!s) throw_errno("socket");
    int yes = 1;
    ::setsockopt(s.get(), SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);

    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_ANY);
    addr.sin_port = htons(port);
    if (::bind(s.get(), reinterpret_cast<sockaddr*>(&addr), sizeof addr) < 0) throw_errno("bind");
    if (::listen(s.get(), backlog) < 0) throw_errno("listen");
    set_nonblocking(s.get());
    return s;
}

}  // namespace net

class KvServer {
public:
    explicit KvServer(std::uint16_t port) : listener_(net::listen_tcp(port)) {}

    void run() {
        std::cout << "listening\n";
        while (running_) {
            std::vector<pollfd> fds;
            fds.push_back({listener_.get(), POLLIN, 0});
            for (const auto& [fd, _] : clients_) fds.push_back({fd, POLLIN, 0});

            if (::poll(fds.data(), fds.size(), 1000) < 0) {
                if (errno == EINTR) continue;
                net::throw_errno("poll");
            }
            for (const auto& p : fds) {
                if (!p.revents) continue;
                if (p.fd == listener_.get()) accept_all();
                else service(p.fd);
            }
        }
    }

private:
    struct Client {
        net::Fd fd;
        std::string inbox;
    };

    void accept_all() {
        for (;;) {
            sockaddr_in peer{};
            socklen_t len = sizeof peer;
            int c = ::accept(listener_.get(), reinterpret_cast<sockaddr*>(&peer), &len);
            if (c < 0) {
                if (errno != EAGAIN && errno != EWOULDBLOCK) std::cerr << "accept: " << std::strerror(errno) << '\n';
                return;
            }
            net::set_nonblocking(c);
            char ip[INET_ADDRSTRLEN]{};
            ::inet_ntop(AF_INET, &peer.sin_addr, ip, sizeof ip);
            std::cout << "client " << c << " from " << ip << '\n';
            clients_.emplace(c, Client{net::Fd(c), {}});
        }
    }

    void service(int fd) {
        auto it = clients_.find(fd);
        if (it == clients_.end()) return;
        auto& client = it->second;

        char buf[1024];
        const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
        if (n <= 0) {
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) return;
            clients_.erase(it);   // Fd destructor closes the socket
            return;
        }
        client.inbox.append(buf, static_cast<std::size_t>(n));

        std::size_t nl;
        while ((nl = client.inbox.find('\n')) != std::string::npos) {
            std::string line = client.inbox.substr(0, nl);
            client.inbox.erase(0, nl + 1);
            if (!line.empty() && line.back() == '\r') line.pop_back();
            if (line == "QUIT") { clients_.erase(it); return; }
            const std::string reply = handle(line);
            ::send(fd, reply.data(), reply.size(), MSG_NOSIGNAL);
        }
    }

    std::string handle(const std::string& line) {
        std::istringstream in(line);
        std::string cmd, key;
        in >> cmd >> key;
        if (cmd == "SET") {
            std::string value;
            std::getline(in >> std::ws, value);
            store_[key] = value;
            return "+OK\n";
        }
        if (cmd == "GET") {
            auto it = store_.find(key);
            return it == store_.end() ? "-NOTFOUND\n" : "$" + it->second + "\n";
        }
        if (cmd == "DEL") return store_.erase(key) ? "+OK\n" : "-NOTFOUND\n";
        if (cmd == "KEYS") {
            std::string out = "*" + std::to_string(store_.size()) + "\n";
            for (const auto& [k, v] : store_) out += k + "\n";
            return out;
        }
        if (cmd == "SHUTDOWN") { running_ = false; return "+BYE\n"; }
        return "-ERR unknown command\n";
    }

    net::Fd listener_;
    std::unordered_map<int, Client> clients_;
    std::map<std::string, std::string> store_;
    bool running_ = true;
};

int main(int argc, char** argv) {
    const auto port = static_cast<std::uint16_t>(argc > 1 ? std::stoi(argv[1]) : 7070);
    try {
        KvServer(port).run();
    } catch (const std::system_error& e) {
        std::cerr << "fatal: " << e.what() << " (" << e.code() << ")\n";
        return 1;
    }
}
