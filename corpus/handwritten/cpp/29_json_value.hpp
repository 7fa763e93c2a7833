#pragma once
// Minimal JSON value type + serializer built on std::variant.

#include <cstdint>
#include <cstdio>
#include <initializer_list>
#include <map>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace mini {

class Json {
public:
    using Array = std::vector<Json>;
    using Object = std::map<std::string, Json, std::less<>>;

    Json() noexcept : v_(nullptr) {}
    Json(std::nullptr_t) noexcept : v_(nullptr) {}
    Json(bool b) noexcept : v_(b) {}
    Json(int i) noexcept : v_(static_cast<double>(i)) {}
    Json(double d) noexcept : v_(d) {}
    Json(const char* s) : v_(std::string(s)) {}
    Json(std::string s) noexcept : v_(std::move(s)) {}
    Json(Array a) : v_(std::make_shared<Array>(std::move(a))) {}
    Json(Object o) : v_(std::make_shared<Object>(std::move(o))) {}

    static Json array(std::initializer_list<Json> items) { return Json(Array(items)); }
    static Json object(std::initializer_list<std::pair<const std::string, Json>> kv) {
        return Json(Object(kv));
    }

    bool isNull() const noexcept { return std::holds_alternative<std::nullptr_t>(v_); }
    bool isBool() const noexcept { return std::holds_alternative<bool>(v_); }
    bool isNumber() const noexcept { return std::holds_alternative<double>(v_); }
    bool isString() const noexcept { return std::holds_alternative<std::string>(v_); }
    bool isArray() const noexcept { return std::holds_alternative<std::shared_ptr<Array>>(v_); }
    bool isObject() const noexcept { return std::holds_alternative<std::shared_ptr<Object>>(v_); }

    double asNumber() const { return get<double>("number"); }
    bool asBool() const { return get<bool>("bool"); }
    const std::string& asString() const { return get<std::string>("string"); }

    const Array& asArray() const { return *get<std::shared_ptr<Array>>("array"); }
    const Object& asObject() const { return *get<std::shared_ptr<Object>>("object"); }

    Json& operator[](const std::string& key) {
        if (isNull()) v_ = std::make_shared<Object>();
        return mutableObject()[key];
    }

    const Json& operator[](std::string_view key) const {
        const auto& o = asObject();
        auto it = o.find(key);
        if (it == o.end()) throw std::out_of_range("no key " + std::string(key));
        return it->second;
    }

    const Json& operator[](std::size_t i) const { return asArray().at(i); }

    void push_back(Json j) {
        if (isNull()) v_ = std::make_shared<Array>();
        mutableArray().push_back(std::move(j));
    }

    std::size_t size() const {
        if (isArray()) return asArray().size();
        if (isObject()) return asObject().size();
        return 0;
    }

    std::string dump(int indent = -1) const {
        std::ostringstream os;
        write(os, indent, 0);
        return os.str();
    }

private:
    template <typename T>
    const T& get(const char* what) const {
        if (auto p = std::get_if<T>(&v_)) return *p;
        throw std::logic_error(std::string("json value is not a ") + what);
    }

    // copy-on-write for shared containers
    Array& mutableArray() {
        auto& p = std::get<std::shared_ptr<Array>>(v_);
        if (p.use_count() > 1) p = std::make_shared<Array>(*p);
        return *p;
    }
    Object& mutableObject() {
        auto& p = std::get<std::shared_ptr<Object>>(v_);
        if (p.use_count() > 1) p = std::make_shared<Object>(*p);
        return *p;
    }

    static void escape(std::ostream& os, const std::string& s) {
        os << '"';
        for (char c : s) {
            switch (c) {
            case '"':  os << "\\\""; break;
            case '\\': os << "\\\\"; break;
            case '\n': os << "\\n"; break;
            case '\t': os << "\\t"; break;
            case '\r': os << "\\r"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", c);
                    os << buf;
                } else {
                    os << c;
                }
            }
        }
        os << '"';
    }

    static void newline(std::ostream& os, int indent, int depth) {
        if (indent < 0) return;
        os << '\n' << std::string(static_cast<std::size_t>(indent * depth), ' ');
    }

    void write(std::ostream& os, int indent, int depth) const {
        if (isNull()) { os << "null"; return; }
        if (isBool()) { os << (asBool() ? "true" : "false"); return; }
        if (isNumber()) {
            double d = asNumber();
            if (d == static_cast<double>(static_cast<std::int64_t>(d)))
                os << static_cast<std::int64_t>(d);
            else
                os << d;
            return;
        }
        if (isString()) { escape(os, asString()); return; }

        const char* sep = ",";
        if (isArray()) {
            const auto& a = asArray();
            os << '[';
            for (std::size_t i = 0; i < a.size(); ++i) {
                if (i) os << sep;
                newline(os, indent, depth + 1);
                a[i].write(os, indent, depth + 1);
            }
            if (!a.empty()) newline(os, indent, depth);
            os << ']';
            return;
        }
        const auto& o = asObject();
        os << '{';
        bool first = true;
        for (const auto& [k, v] : o) {
            if (!first) os << sep;
            first = false;
            newline(os, indent, depth + 1);
            escape(os, k);
            os << (indent < 0 ? ":" : ": ");
            v.write(os, indent, depth + 1);
        }
        if (!o.empty()) newline(os, indent, depth);
        os << '}';
    }

    std::variant<std::nullptr_t, bool, double, std::string,
                 std::shared_ptr<Array>, std::shared_ptr<Object>> v_;
};

} // namespace mini
