#include <algorithm>
#include <cstddef>
#include <cstring>
#include <iostream>
#include <utility>
#include <vector>

// A byte buffer that spells out the rule of five.
class Buffer {
public:
    Buffer() = default;
    explicit Buffer(std::size_t n) : size_(n), data_(n ? new std::byte[n]{} : nullptr) {}

    Buffer(const Buffer& other) : Buffer(other.size_) {
        std::copy_n(other.data_, size_, data_);
        ++copies;
    }

    Buffer(Buffer&& other) noexcept
        : size_(std::exchange(other.size_, 0)), data_(std::exchange(other.data_, nullptr)) {
        ++moves;
    }

    Buffer& operator=(Buffer other) noexcept {   // copy-and-swap handles both cases
        swap(*this, other);
        return *this;
    }

    ~Buffer() { delete[] data_; }

    friend void swap(Buffer& a, Buffer& b) noexcept {
        using std::swap;
        swap(a.size_, b.size_);
        swap(a.data_, b.data_);
    }

    std::size_t size() const noexcept { return size_; }
    std::byte* data() noexcept { return data_; }
    const std::byte* data() const noexcept { return data_; }
    std::byte& operator[](std::size_t i) { return data_[i]; }

    inline static int copies = 0;
    inline static int moves = 0;

private:
    std::size_t size_ = 0;
    std::byte* data_ = nullptr;
};

Buffer make_filled(std::size_t n, unsigned char value) {
    Buffer b(n);
    std::memset(b.data(), value, n);
    return b;   // NRVO or move
}

int main() {
    std::vector<Buffer> pool;
    pool.reserve(4);
    for (int i = 0; i < 4; ++i) pool.push_back(make_filled(1024, static_cast<unsigned char>(i)));

    Buffer copy = pool[2];
    Buffer stolen = std::move(pool[3]);
    std::cout << "copies=" << Buffer::copies << " moves=" << Buffer::moves
              << " stolen[0]=" << std::to_integer<int>(stolen[0])
              << " moved-from size=" << pool[3].size() << '\n';
    copy = stolen;
    std::cout << "after assign: copies=" << Buffer::copies << '\n';
}
