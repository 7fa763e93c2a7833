#include <iomanip>
#include <iostream>
#include <map>
#include <string>
#include <vector>

namespace shop {

struct Item {
    std::string sku;
    std::string name;
    int qty;
    double price;
    std::vector<std::string> tags;
};

std::string escape(const std::string& s) {
    std::string out;
    out.reserve(s.size() + 2);
    for (char c : s) {
        switch (c) {
            case '"':  out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            default:   out += c;
        }
    }
    return out;
}

void write_json(std::ostream& os, const std::vector<Item>& items) {
    os << "[\n";
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto& it = items[i];
        os << "  {\"sku\": \"" << escape(it.sku) << "\", \"name\": \"" << escape(it.name) << "\", "
           << "\"qty\": " << it.qty << ", \"price\": " << std::fixed << std::setprecision(2) << it.price
           << ", \"tags\": [";
        for (std::size_t t = 0; t < it.tags.size(); ++t)
            os << (t ? ", " : "") << '"' << escape(it.tags[t]) << '"';
        os << "]}" << (i + 1 < items.size() ? "," : "") << '\n';
    }
    os << "]\n";
}

std::map<std::string, double> value_by_tag(const std::vector<Item>& items) {
    std::map<std::string, double> totals;
    for (const auto& it : items)
        for (const auto& tag : it.tags) totals[tag] += it.qty * it.price;
    return totals;
}

}  // namespace shop

int main() {
    std::vector<shop::Item> items{
        {"TEA-01", "Green tea \"Sencha\"", 24, 6.5, {"drinks", "organic"}},
        {"MUG-07", "Enamel mug", 10, 12.0, {"kitchen"}},
        {"HON-02", "Forest honey", 6, 9.75, {"organic", "food"}},
    };
    shop::write_json(std::cout, items);
    for (const auto& [tag, value] : shop::value_by_tag(items))
        std::cout << std::left << std::setw(10) << tag << std::right << std::setw(9) << value << '\n';
}
