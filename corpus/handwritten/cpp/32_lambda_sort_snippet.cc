std::vector<std::pair<std::string, int>> scores = {{"ann", 90}, {"bob", 72}, {"cy", 90}};
std::sort(scores.begin(), scores.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first < b.first;
});
for (const auto& [name, s] : scores)
    std::cout << name << ": " << s << '\n';
