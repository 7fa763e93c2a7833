#pragma once
// argp.hpp - a small declarative command-line parser.
//
//   argp::Parser p{"resize", "Resize images in place"};
//   int width = 800; bool verbose = false; std::string out;
//   p.option("-w", "--width", width, "target width in pixels");
//   p.flag("-v", "--verbose", verbose, "chatty output");
//   p.option("-o", "--output", out, "output directory").required();
//   auto rest = p.parse(argc, argv);   // throws argp::Error

#include <charconv>
#include <functional>
#include <iomanip>
#include <memory>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace argp {

class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

namespace detail {

template <typename T>
bool convert(std::string_view text, T& out) {
    if constexpr (std::is_same_v<T, std::string>) {
        out.assign(text);
        return true;
    } else if constexpr (std::is_integral_v<T>) {
        auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
        return ec == std::errc{} && ptr == text.data() + text.size();
    } else if constexpr (std::is_floating_point_v<T>) {
        std::istringstream is{std::string(text)};
        is >> out;
        return !is.fail() && is.eof();
    } else {
        static_assert(sizeof(T) == 0, "unsupported option type");
    }
}

}  // namespace detail

class Option {
public:
    Option(std::string s, std::string l, std::string help, bool takes_value,
           std::function<bool(std::string_view)> setter)
        : short_(std::move(s)), long_(std::move(l)), help_(std::move(help)),
          takes_value_(takes_value), setter_(std::move(setter)) {}

    Option& required() { required_ = true; return *this; }
    Option& metavar(std::string m) { metavar_ = std::move(m); return *this; }

    [[nodiscard]] bool matches(std::string_view arg) const { return arg == short_ || arg == long_; }
    [[nodiscard]] const std::string& name() const { return long_.empty() ? short_ : long_; }

private:
    friend class Parser;
    std::string short_, long_, help_, metavar_ = "VALUE";
    bool takes_value_;
    bool required_ = false;
    bool seen_ = false;
    std::function<bool(std::string_view)> setter_;
};

class Parser {
public:
    Parser(std::string prog, std::string description)
        : prog_(std::move(prog)), description_(std::move(description)) {
        flag("-h", "--help", help_requested_, "show this message and exit");
    }

    template <typename T>
    Option& option(std::string s, std::string l, T& target, std::string help) {
        options_.push_back(std::make_unique<Option>(
            std::move(s), std::move(l), std::move(help), true,
            [&target](std::string_view v) { return detail::convert(v, target); }));
        return *options_.back();
    }

    Option& flag(std::string s, std::string l, bool& target, std::string help) {
        options_.push_back(std::make_unique<Option>(
            std::move(s), std::move(l), std::move(help), false,
            [&target](std::string_view) { target = true; return true; }));
        return *options_.back();
    }

    [[nodiscard]] bool help_requested() const noexcept { return help_requested_; }

    std::vector<std::string> parse(int argc, const char* const* argv) {
        std::vector<std::string> positional;
        bool only_positional = false;

        for (int i = 1; i < argc; ++i) {
            std::string_view arg = argv[i];
            if (only_positional || arg.size() < 2 || arg[0] != '-') {
                positional.emplace_back(arg);
                continue;
            }
            if (arg == "--") { only_positional = true; continue; }

            std::optional<std::string_view> inline_value;
            if (auto eq = arg.find('='); arg.starts_with("--") && eq != std::string_view::npos) {
                inline_value = arg.substr(eq + 1);
                arg = arg.substr(0, eq);
            }

            Option* opt = find(arg);
            if (!opt) throw Error("unknown option '" + std::string(arg) + "'");
            opt->seen_ = true;

            if (!opt->takes_value_) {
                if (inline_value) throw Error(opt->name() + " does not take a value");
                opt->setter_({});
                continue;
            }
            std::string_view value;
            if (inline_value) value = *inline_value;
            else if (i + 1 < argc) value = argv[++i];
            else throw Error(opt->name() + " expects a value");

            if (!opt->setter_(value))
                throw Error("invalid value '" + std::string(value) + "' for " + opt->name());
        }

        if (!help_requested_) {
            for (const auto& o : options_)
                if (o->required_ && !o->seen_) throw Error("missing required option " + o->name());
        }
        return positional;
    }

    [[nodiscard]] std::string usage() const {
        std::ostringstream os;
        os << "usage: " << prog_ << " [options] [--] [args...]\n\n" << description_ << "\n\noptions:\n";
        for (const auto& o : options_) {
            std::string left = o->short_;
            if (!o->long_.empty()) left += (left.empty() ? "" : ", ") + o->long_;
            if (o->takes_value_) left += ' ' + o->metavar_;
            os << "  " << std::left << std::setw(28) << left << o->help_;
            if (o->required_) os << " (required)";
            os << '\n';
        }
        return os.str();
    }

private:
    Option* find(std::string_view arg) {
        for (auto& o : options_)
            if (o->matches(arg)) return o.get();
        return nullptr;
    }

    std::string prog_, description_;
    std::vector<std::unique_ptr<Option>> options_;
    bool help_requested_ = false;
};

}  // namespace argp
