#include <iomanip>
#include <iostream>
#include <string>
#include <vector>

struct Row { std::string item; int qty; double price; };

int main() {
    const std::vector<Row> rows{{"widget", 4, 2.5}, {"gizmo", 12, 0.99}, {"doohickey", 1, 14.0}};
    std::cout << std::left << std::setw(12) << "item" << std::right << std::setw(5) << "qty"
              << std::setw(10) << "total" << '\n' << std::string(27, '-') << '\n';
    for (const auto& [item, qty, price] : rows)
        std::cout << std::left << std::setw(12) << item << std::right << std::setw(5) << qty
                  << std::setw(10) << std::fixed << std::setprecision(2) << qty * price << '\n';
}
