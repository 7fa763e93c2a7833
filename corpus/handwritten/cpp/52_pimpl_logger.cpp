// logger.h ------------------------------------------------------------------
#include <memory>
#include <string_view>

namespace app {

enum class Level { Debug, Info, Warn, Error };

class Logger {
public:
    explicit Logger(std::string_view path, Level min = Level::Info);
    ~Logger();
    Logger(Logger&&) noexcept;
    Logger& operator=(Logger&&) noexcept;

    void log(Level lvl, std::string_view msg);
    void info(std::string_view msg) { log(Level::Info, msg); }
    void warn(std::string_view msg) { log(Level::Warn, msg); }
    void error(std::string_view msg) { log(Level::Error, msg); }

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace app

// logger.cpp ----------------------------------------------------------------
#include <chrono>
#include <ctime>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <mutex>

namespace app {

struct Logger::Impl {
    std::ofstream file;
    Level min;
    std::mutex mu;

    static const char* tag(Level l) {
        switch (l) {
            case Level::Debug: return "DEBUG";
            case Level::Info:  return "INFO ";
            case Level::Warn:  return "WARN ";
            case Level::Error: return "ERROR";
        }
        return "?";
    }
};

Logger::Logger(std::string_view path, Level min) : impl_(std::make_unique<Impl>()) {
    impl_->file.open(std::string(path), std::ios::app);
    impl_->min = min;
    if (!impl_->file) std::cerr << "logger: cannot open " << path << ", using stderr\n";
}

Logger::~Logger() = default;
Logger::Logger(Logger&&) noexcept = default;
Logger& Logger::operator=(Logger&&) noexcept = default;

void Logger::log(Level lvl, std::string_view msg) {
    if (lvl < impl_->min) return;
    auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    localtime_r(&now, &tm);
    std::lock_guard lock(impl_->mu);
    std::ostream& out = impl_->file ? static_cast<std::ostream&>(impl_->file) : std::cerr;
    out << std::put_time(&tm, "%F %T") << ' ' << Impl::tag(lvl) << ' ' << msg << '\n';
}

}  // namespace app

int main() {
    app::Logger log("/tmp/pimpl-demo.log", app::Level::Debug);
    log.info("started");
    log.warn("disk almost full");
    app::Logger moved = std::move(log);
    moved.error("shutting down");
}
