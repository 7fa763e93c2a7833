// Course scheduling: Kahn's algorithm with a min-heap so the order is
// lexicographically smallest. Detects cycles.
#include <iostream>
#include <map>
#include <queue>
#include <string>
#include <vector>

class DependencyGraph {
public:
    int id(const std::string& name) {
        auto [it, inserted] = index_.try_emplace(name, static_cast<int>(names_.size()));
        if (inserted) {
            names_.push_back(name);
            adj_.emplace_back();
            indegree_.push_back(0);
        }
        return it->second;
    }

    void require(const std::string& course, const std::string& prereq) {
        const int c = id(course), p = id(prereq);
        adj_[p].push_back(c);
        ++indegree_[c];
    }

    // Returns the order, or an empty vector with `cycle` filled on failure.
    std::vector<std::string> order(std::vector<std::string>& cycle) const {
        auto indeg = indegree_;
        std::priority_queue<std::pair<std::string, int>, std::vector<std::pair<std::string, int>>,
                            std::greater<>> ready;
        for (int v = 0; v < static_cast<int>(names_.size()); ++v)
            if (indeg[v] == 0) ready.emplace(names_[v], v);

        std::vector<std::string> out;
        while (!ready.empty()) {
            auto [name, v] = ready.top();
            ready.pop();
            out.push_back(name);
            for (int w : adj_[v])
                if (--indeg[w] == 0) ready.emplace(names_[w], w);
        }
        if (out.size() != names_.size()) {
            for (std::size_t v = 0; v < names_.size(); ++v)
                if (indeg[v] > 0) cycle.push_back(names_[v]);
            return {};
        }
        return out;
    }

private:
    std::map<std::string, int> index_;
    std::vector<std::string> names_;
    std::vector<std::vector<int>> adj_;
    std::vector<int> indegree_;
};

int main() {
    DependencyGraph g;
    const std::pair<const char*, const char*> reqs[] = {
        {"algorithms", "data-structures"}, {"data-structures", "intro-cs"},
        {"compilers", "algorithms"},       {"compilers", "automata"},
        {"automata", "discrete-math"},     {"os", "systems"},
        {"systems", "intro-cs"},           {"networks", "os"},
    };
    for (auto [course, pre] : reqs) g.require(course, pre);

    std::vector<std::string> cycle;
    auto plan = g.order(cycle);
    int term = 1;
    for (const auto& c : plan) std::cout << term++ << ". " << c << '\n';

    g.require("intro-cs", "networks");   // introduce a cycle
    cycle.clear();
    if (g.order(cycle).empty()) {
        std::cout << "blocked by a cycle:";
        for (const auto& c : cycle) std::cout << ' ' << c;
        std::cout << '\n';
    }
}
