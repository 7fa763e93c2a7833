// Self-registering plugins: each codec registers a factory from a static
// initializer, so adding a file is enough to make it available.
#include <algorithm>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

class Codec {
public:
    virtual ~Codec() = default;
    virtual std::string encode(const std::string& in) const = 0;
    virtual std::string decode(const std::string& in) const = 0;
};

class Registry {
public:
    using Factory = std::function<std::unique_ptr<Codec>()>;

    static Registry& instance() {
        static Registry r;   // constructed on first use, avoids init-order fiasco
        return r;
    }

    bool add(const std::string& name, Factory f) { return factories_.emplace(name, std::move(f)).second; }

    std::unique_ptr<Codec> create(const std::string& name) const {
        auto it = factories_.find(name);
        return it == factories_.end() ? nullptr : it->second();
    }

    std::vector<std::string> names() const {
        std::vector<std::string> out;
        for (const auto& [n, _] : factories_) out.push_back(n);
        return out;
    }

private:
    std::map<std::string, Factory> factories_;
};

template <typename T>
struct AutoRegister {
    explicit AutoRegister(const char* name) {
        Registry::instance().add(name, [] { return std::make_unique<T>(); });
    }
};

#define REGISTER_CODEC(type, name) static const AutoRegister<type> registrar_##type{name}

// ---- plugins (normally each in its own .cpp) ----

class Rot13 final : public Codec {
public:
    std::string encode(const std::string& in) const override {
        std::string out = in;
        std::ranges::transform(out, out.begin(), [](char c) -> char {
            if (c >= 'a' && c <= 'z') return 'a' + (c - 'a' + 13) % 26;
            if (c >= 'A' && c <= 'Z') return 'A' + (c - 'A' + 13) % 26;
            return c;
        });
        return out;
    }
    std::string decode(const std::string& in) const override { return encode(in); }
};
REGISTER_CODEC(Rot13, "rot13");

class Reverse final : public Codec {
public:
    std::string encode(const std::string& in) const override { return {in.rbegin(), in.rend()}; }
    std::string decode(const std::string& in) const override { return encode(in); }
};
REGISTER_CODEC(Reverse, "reverse");

int main(int argc, char** argv) {
    const std::string which = argc > 1 ? argv[1] : "rot13";
    auto codec = Registry::instance().create(which);
    if (!codec) {
        std::cerr << "unknown codec '" << which << "'; available:";
        for (const auto& n : Registry::instance().names()) std::cerr << ' ' << n;
        std::cerr << '\n';
        return 1;
    }
    const std::string msg = "Hello, plugin world";
    const auto enc = codec->encode(msg);
    std::cout << enc << '\n' << codec->decode(enc) << '\n';
}
