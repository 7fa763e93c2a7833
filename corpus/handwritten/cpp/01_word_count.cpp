#include <algorithm>
#include <cctype>
#include <fstream>
#include <iostream>
#include <string>
#include <unordered_map>
#include <vector>

int main(int argc, char* argv[]) {
    if (argc < 2) {
        std::cerr << "usage: " << argv[0] << " FILE [N]\n";
        return 1;
    }
    std::ifstream in(argv[1]);
    if (!in) {
        std::cerr << "cannot open " << argv[1] << '\n';
        return 1;
    }
    const std::size_t top = argc > 2 ? std::stoul(argv[2]) : 10;

    std::unordered_map<std::string, std::size_t> freq;
    std::string word;
    while (in >> word) {
        word.erase(std::remove_if(word.begin(), word.end(),
                                  [](unsigned char c) { return std::ispunct(c); }),
                   word.end());
        std::transform(word.begin(), word.end(), word.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (!word.empty()) ++freq[word];
    }

    std::vector<std::pair<std::string, std::size_t>> items(freq.begin(), freq.end());
    std::partial_sort(items.begin(), items.begin() + std::min(top, items.size()), items.end(),
                      [](const auto& a, const auto& b) { return a.second > b.second; });

    for (std::size_t i = 0; i < std::min(top, items.size()); ++i)
        std::cout << items[i].second << '\t' << items[i].first << '\n';
}
