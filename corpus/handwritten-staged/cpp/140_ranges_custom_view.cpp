// A custom range adaptor, `chunk_by_key`, that groups consecutive elements
// with the same projected key, plus pipe support so it composes with
// std::views. (std::views::chunk_by is C++23; this works on C++20.)

#include <algorithm>
#include <functional>
#include <iostream>
#include <ranges>
#include <string>
#include <vector>

namespace rv {

template <std::ranges::forward_range R, typename Proj>
    requires std::ranges::view<R> && std::ranges::common_range<R>
class chunk_by_key_view : public std::ranges::view_interface<chunk_by_key_view<R, Proj>> {
    using base_iter = std::ranges::iterator_t<R>;

public:
    chunk_by_key_view() = default;
    chunk_by_key_view(R base, Proj proj) : base_(std::move(base)), proj_(std::move(proj)) {}

    class iterator {
    public:
        using value_type = std::ranges::subrange<base_iter>;
        using difference_type = std::ptrdiff_t;

        iterator() = default;
        iterator(chunk_by_key_view* parent, base_iter pos)
            : parent_(parent), cur_(pos), next_(find_next(pos)) {}

        value_type operator*() const { return {cur_, next_}; }

        iterator& operator++() {
            cur_ = next_;
            next_ = find_next(cur_);
            return *this;
        }
        iterator operator++(int) {
            auto tmp = *this;
            ++*this;
            return tmp;
        }

        friend bool operator==(const iterator& a, const iterator& b) { return a.cur_ == b.cur_; }

    private:
        base_iter find_next(base_iter from) const {
            auto last = std::ranges::end(parent_->base_);
            if (from == last) return from;
            const auto& key = std::invoke(parent_->proj_, *from);
            return std::ranges::find_if_not(std::ranges::next(from), last, [&](const auto& v) {
                return std::invoke(parent_->proj_, v) == key;
            });
        }

        chunk_by_key_view* parent_ = nullptr;   // non-const: filter_view caches begin()
        base_iter cur_{};
        base_iter next_{};
    };

    iterator begin() { return {this, std::ranges::begin(base_)}; }
    iterator end() { return {this, std::ranges::end(base_)}; }

private:
    R base_{};
    Proj proj_{};
};

template <typename R, typename Proj>
chunk_by_key_view(R&&, Proj) -> chunk_by_key_view<std::views::all_t<R>, Proj>;

template <typename Proj>
struct chunk_by_key_closure {
    Proj proj;

    template <std::ranges::viewable_range R>
    friend auto operator|(R&& r, chunk_by_key_closure c) {
        return chunk_by_key_view(std::forward<R>(r), std::move(c.proj));
    }
};

template <typename Proj>
auto chunk_by_key(Proj proj) { return chunk_by_key_closure<Proj>{std::move(proj)}; }

}  // namespace rv

struct Reading {
    std::string sensor;
    int day;
    double value;
};

int main() {
    const std::vector<Reading> log{
        {"north", 1, 3.2}, {"north", 1, 3.6}, {"north", 2, 2.9},
        {"south", 2, 7.1}, {"south", 2, 6.8}, {"south", 3, 7.4}, {"east", 3, 1.0},
    };

    for (auto group : log | rv::chunk_by_key(&Reading::sensor)) {
        const auto n = std::ranges::distance(group);
        double sum = 0;
        for (const auto& r : group) sum += r.value;
        std::cout << group.begin()->sensor << ": " << n << " readings, mean " << sum / n << '\n';
    }

    const std::vector<int> nums{1, 1, 2, 3, 3, 3, 5, 1, 1};
    auto runs = nums | std::views::filter([](int x) { return x != 5; })
                     | rv::chunk_by_key(std::identity{});
    for (auto run : runs) std::cout << '[' << *run.begin() << " x" << std::ranges::distance(run) << "] ";
    std::cout << '\n';
}
