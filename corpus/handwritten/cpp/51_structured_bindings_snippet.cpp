std::map<std::string, int> stock{{"apple", 4}, {"pear", 0}, {"plum", 11}};
for (const auto& [fruit, qty] : stock) {
    if (qty == 0) continue;
    std::cout << fruit << ": " << qty << '\n';
}
if (auto [it, inserted] = stock.try_emplace("kiwi", 7); inserted)
    std::cout << "added " << it->first << '\n';
