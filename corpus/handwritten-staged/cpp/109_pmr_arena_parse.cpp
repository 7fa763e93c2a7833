#include <array>
#include <cstddef>
#include <iostream>
#include <memory_resource>
#include <string>
#include <string_view>
#include <vector>

// Tracks what the upstream resource is asked for, to show that the arena
// hands out memory from its own buffer first.
class CountingResource final : public std::pmr::memory_resource {
public:
    explicit CountingResource(std::pmr::memory_resource* upstream = std::pmr::get_default_resource())
        : upstream_(upstream) {}

    std::size_t bytes() const noexcept { return bytes_; }
    std::size_t calls() const noexcept { return calls_; }

private:
    void* do_allocate(std::size_t n, std::size_t align) override {
        bytes_ += n;
        ++calls_;
        return upstream_->allocate(n, align);
    }
    void do_deallocate(void* p, std::size_t n, std::size_t align) override {
        upstream_->deallocate(p, n, align);
    }
    bool do_is_equal(const std::pmr::memory_resource& other) const noexcept override {
        return this == &other;
    }

    std::pmr::memory_resource* upstream_;
    std::size_t bytes_ = 0, calls_ = 0;
};

struct Record {
    std::pmr::string name;
    std::pmr::vector<int> scores;

    using allocator_type = std::pmr::polymorphic_allocator<>;
    Record(std::string_view n, allocator_type alloc) : name(n, alloc), scores(alloc) {}
    Record(Record&& other, allocator_type alloc)
        : name(std::move(other.name), alloc), scores(std::move(other.scores), alloc) {}
};

std::pmr::vector<Record> parse(std::string_view text, std::pmr::memory_resource* mr) {
    std::pmr::vector<Record> out(mr);
    while (!text.empty()) {
        auto nl = text.find('\n');
        auto line = text.substr(0, nl);
        text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
        if (line.empty()) continue;

        auto colon = line.find(':');
        auto& rec = out.emplace_back(line.substr(0, colon));
        for (auto rest = line.substr(colon + 1); !rest.empty();) {
            auto comma = rest.find(',');
            rec.scores.push_back(std::stoi(std::string(rest.substr(0, comma))));
            rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
        }
    }
    return out;
}

int main() {
    constexpr std::string_view input =
        "alexandra-the-very-long-name:90,85,77\nbo:60,70\ncharlotte-also-fairly-long:100\n"
        "dmitri-with-a-surname-attached:55,65,75,85\n";

    CountingResource upstream;
    std::array<std::byte, 4096> buffer{};
    std::pmr::monotonic_buffer_resource arena(buffer.data(), buffer.size(), &upstream);

    {
        auto records = parse(input, &arena);
        for (const auto& r : records) {
            int sum = 0;
            for (int s : r.scores) sum += s;
            std::cout << r.name << " avg " << (r.scores.empty() ? 0 : sum / static_cast<int>(r.scores.size())) << '\n';
        }
    }
    std::cout << "upstream calls: " << upstream.calls() << ", bytes: " << upstream.bytes() << '\n';
}
