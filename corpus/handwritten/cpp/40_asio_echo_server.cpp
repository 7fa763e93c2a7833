// Asynchronous line-based echo/chat server using standalone Asio.
// Every line received from one client is broadcast to all others.

#include <asio.hpp>

#include <csignal>
#include <cstdlib>
#include <deque>
#include <iostream>
#include <memory>
#include <set>
#include <string>
#include <utility>

using asio::ip::tcp;

class Session;

class Room {
public:
    void join(std::shared_ptr<Session> s) { members_.insert(std::move(s)); }
    void leave(const std::shared_ptr<Session>& s) { members_.erase(s); }
    void broadcast(const std::string& msg, const Session* from);
    std::size_t size() const { return members_.size(); }

private:
    std::set<std::shared_ptr<Session>> members_;
};

class Session : public std::enable_shared_from_this<Session> {
public:
    Session(tcp::socket socket, Room& room)
        : socket_(std::move(socket)), room_(room) {}

    void start() {
        peer_ = socket_.remote_endpoint().address().to_string() + ":" +
                std::to_string(socket_.remote_endpoint().port());
        room_.join(shared_from_this());
        deliver("welcome, " + peer_ + " (" + std::to_string(room_.size()) + " online)\n");
        readLine();
    }

    void deliver(const std::string& msg) {
        const bool idle = outbox_.empty();
        outbox_.push_back(msg);
        if (idle) writeNext();
    }

    const std::string& peer() const { return peer_; }

private:
    void readLine() {
        auto self = shared_from_this();
        asio::async_read_until(socket_, asio::dynamic_buffer(inbuf_, 4096), '\n',
            [this, self](std::error_code ec, std::size_t n) {
                if (ec) {
                    disconnect(ec);
                    return;
                }
                std::string line = inbuf_.substr(0, n);
                inbuf_.erase(0, n);
                if (line == "/quit\n" || line == "/quit\r\n") {
                    disconnect({});
                    return;
                }
                room_.broadcast("[" + peer_ + "] " + line, this);
                readLine();
            });
    }

    void writeNext() {
        auto self = shared_from_this();
        asio::async_write(socket_, asio::buffer(outbox_.front()),
            [this, self](std::error_code ec, std::size_t /*n*/) {
                if (ec) {
                    disconnect(ec);
                    return;
                }
                outbox_.pop_front();
                if (!outbox_.empty()) writeNext();
            });
    }

    void disconnect(std::error_code ec) {
        if (closed_) return;
        closed_ = true;
        if (ec && ec != asio::error::eof)
            std::cerr << peer_ << ": " << ec.message() << '\n';
        std::error_code ignored;
        socket_.shutdown(tcp::socket::shutdown_both, ignored);
        socket_.close(ignored);
        room_.leave(shared_from_this());
        room_.broadcast(peer_ + " left\n", nullptr);
    }

    tcp::socket socket_;
    Room& room_;
    std::string inbuf_;
    std::deque<std::string> outbox_;
    std::string peer_;
    bool closed_ = false;
};

void Room::broadcast(const std::string& msg, const Session* from) {
    for (auto& m : members_)
        if (m.get() != from) m->deliver(msg);
}

class Server {
public:
    Server(asio::io_context& io, unsigned short port)
        : acceptor_(io, tcp::endpoint(tcp::v6(), port)) {
        acceptNext();
    }

private:
    void acceptNext() {
        acceptor_.async_accept([this](std::error_code ec, tcp::socket socket) {
            if (!ec)
                std::make_shared<Session>(std::move(socket), room_)->start();
            else
                std::cerr << "accept: " << ec.message() << '\n';
            acceptNext();
        });
    }

    tcp::acceptor acceptor_;
    Room room_;
};

int main(int argc, char* argv[]) {
    try {
        const unsigned short port = argc > 1 ? static_cast<unsigned short>(std::atoi(argv[1])) : 7777;
        asio::io_context io;

        asio::signal_set signals(io, SIGINT, SIGTERM);
        signals.async_wait([&](auto, auto) { io.stop(); });

        Server server(io, port);
        std::cout << "chat server listening on port " << port << '\n';
        io.run();
    } catch (const std::exception& e) {
        std::cerr << "fatal: " << e.what() << '\n';
        return 1;
    }
}
