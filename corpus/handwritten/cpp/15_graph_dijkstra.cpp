#include <functional>
#include <iostream>
#include <limits>
#include <queue>
#include <string>
#include <unordered_map>
#include <vector>

namespace graph {

struct Edge {
    int to;
    double weight;
};

class Graph {
public:
    int addNode(const std::string& name) {
        auto [it, inserted] = index_.try_emplace(name, static_cast<int>(names_.size()));
        if (inserted) {
            names_.push_back(name);
            adj_.emplace_back();
        }
        return it->second;
    }

    void addEdge(const std::string& a, const std::string& b, double w, bool bidirectional = true) {
        int u = addNode(a), v = addNode(b);
        adj_[u].push_back({v, w});
        if (bidirectional) adj_[v].push_back({u, w});
    }

    std::pair<double, std::vector<std::string>> shortestPath(const std::string& from,
                                                             const std::string& to) const {
        const double inf = std::numeric_limits<double>::infinity();
        const int src = index_.at(from), dst = index_.at(to);
        std::vector<double> dist(names_.size(), inf);
        std::vector<int> prev(names_.size(), -1);
        using Item = std::pair<double, int>;
        std::priority_queue<Item, std::vector<Item>, std::greater<>> pq;

        dist[src] = 0.0;
        pq.emplace(0.0, src);
        while (!pq.empty()) {
            auto [d, u] = pq.top();
            pq.pop();
            if (d > dist[u]) continue;
            if (u == dst) break;
            for (const Edge& e : adj_[u]) {
                double nd = d + e.weight;
                if (nd < dist[e.to]) {
                    dist[e.to] = nd;
                    prev[e.to] = u;
                    pq.emplace(nd, e.to);
                }
            }
        }

        std::vector<std::string> path;
        if (dist[dst] == inf) return {inf, path};
        for (int v = dst; v != -1; v = prev[v]) path.insert(path.begin(), names_[v]);
        return {dist[dst], path};
    }

    std::vector<std::string> reachableWithin(const std::string& from, int maxHops) const {
        std::vector<int> hops(names_.size(), -1);
        std::queue<int> q;
        const int src = index_.at(from);
        hops[src] = 0;
        q.push(src);
        std::vector<std::string> out;
        while (!q.empty()) {
            int u = q.front();
            q.pop();
            if (u != src) out.push_back(names_[u]);
            if (hops[u] == maxHops) continue;
            for (const Edge& e : adj_[u]) {
                if (hops[e.to] == -1) {
                    hops[e.to] = hops[u] + 1;
                    q.push(e.to);
                }
            }
        }
        return out;
    }

    // Prim's algorithm; assumes the graph is connected and undirected.
    double minimumSpanningWeight() const {
        if (names_.empty()) return 0.0;
        std::vector<bool> inTree(names_.size(), false);
        using Item = std::pair<double, int>;
        std::priority_queue<Item, std::vector<Item>, std::greater<>> pq;
        pq.emplace(0.0, 0);
        double total = 0.0;
        while (!pq.empty()) {
            auto [w, u] = pq.top();
            pq.pop();
            if (inTree[u]) continue;
            inTree[u] = true;
            total += w;
            for (const Edge& e : adj_[u])
                if (!inTree[e.to]) pq.emplace(e.weight, e.to);
        }
        return total;
    }

    std::size_t size() const { return names_.size(); }

private:
    std::unordered_map<std::string, int> index_;
    std::vector<std::string> names_;
    std::vector<std::vector<Edge>> adj_;
};

}  // namespace graph

int main() {
    graph::Graph g;
    g.addEdge("Zurich", "Bern", 125);
    g.addEdge("Bern", "Lausanne", 100);
    g.addEdge("Zurich", "Lucerne", 52);
    g.addEdge("Lucerne", "Bern", 111);
    g.addEdge("Lausanne", "Geneva", 62);
    g.addEdge("Bern", "Geneva", 160);

    auto [km, path] = g.shortestPath("Zurich", "Geneva");
    std::cout << km << " km:";
    for (const auto& city : path) std::cout << ' ' << city;
    std::cout << '\n';

    std::cout << "within 1 hop of Bern:";
    for (const auto& c : g.reachableWithin("Bern", 1)) std::cout << ' ' << c;
    std::cout << "\nMST weight: " << g.minimumSpanningWeight() << " km\n";
}
