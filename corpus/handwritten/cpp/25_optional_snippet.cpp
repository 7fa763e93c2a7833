std::optional<int> find_index(const std::vector<int>& v, int target) {
    for (std::size_t i = 0; i < v.size(); ++i)
        if (v[i] == target) return static_cast<int>(i);
    return std::nullopt;
}

if (auto idx = find_index(data, 42)) {
    std::cout << "found at " << *idx << '\n';
}
