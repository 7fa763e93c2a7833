std::map<std::string, int> stock{{"apples", 12}, {"pears", 0}, {"plums", 7}};
for (auto it = stock.begin(); it != stock.end(); ) {
    if (it->second == 0)
        it = stock.erase(it);
    else
        ++it;
}
for (const auto& [fruit, n] : stock)
    std::cout << fruit << ' ' << n << '\n';
