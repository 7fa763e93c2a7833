#include <algorithm>
#include <cstdint>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

// Non-negative arbitrary precision integer, base 1e9 limbs, little-endian.
class BigUint {
public:
    BigUint(std::uint64_t v = 0) {
        do {
            limbs_.push_back(static_cast<std::uint32_t>(v % kBase));
            v /= kBase;
        } while (v);
    }

    explicit BigUint(const std::string& digits) {
        for (auto end = static_cast<long>(digits.size()); end > 0; end -= 9) {
            const long start = std::max(0L, end - 9);
            limbs_.push_back(static_cast<std::uint32_t>(std::stoul(digits.substr(start, end - start))));
        }
        trim();
    }

    BigUint& operator+=(const BigUint& o) {
        std::uint64_t carry = 0;
        limbs_.resize(std::max(limbs_.size(), o.limbs_.size()), 0);
        for (std::size_t i = 0; i < limbs_.size(); ++i) {
            carry += limbs_[i] + (i < o.limbs_.size() ? o.limbs_[i] : 0);
            limbs_[i] = static_cast<std::uint32_t>(carry % kBase);
            carry /= kBase;
        }
        if (carry) limbs_.push_back(static_cast<std::uint32_t>(carry));
        return *this;
    }

    friend BigUint operator+(BigUint a, const BigUint& b) { return a += b; }

    friend BigUint operator*(const BigUint& a, const BigUint& b) {
        std::vector<std::uint64_t> acc(a.limbs_.size() + b.limbs_.size(), 0);
        for (std::size_t i = 0; i < a.limbs_.size(); ++i) {
            std::uint64_t carry = 0;
            for (std::size_t j = 0; j < b.limbs_.size() || carry; ++j) {
                std::uint64_t cur = acc[i + j] + carry +
                                    (j < b.limbs_.size() ? std::uint64_t(a.limbs_[i]) * b.limbs_[j] : 0);
                acc[i + j] = cur % kBase;
                carry = cur / kBase;
            }
        }
        BigUint r;
        r.limbs_.assign(acc.begin(), acc.end());
        r.trim();
        return r;
    }

    friend std::ostream& operator<<(std::ostream& os, const BigUint& n) {
        os << n.limbs_.back();
        for (auto it = n.limbs_.rbegin() + 1; it != n.limbs_.rend(); ++it)
            os << std::setw(9) << std::setfill('0') << *it;
        return os << std::setfill(' ');
    }

    std::string str() const { std::ostringstream os; os << *this; return os.str(); }

private:
    void trim() { while (limbs_.size() > 1 && limbs_.back() == 0) limbs_.pop_back(); }

    static constexpr std::uint32_t kBase = 1'000'000'000;
    std::vector<std::uint32_t> limbs_;
};

int main() {
    BigUint f = 1;
    for (std::uint64_t i = 2; i <= 50; ++i) f = f * BigUint(i);
    std::cout << "50! = " << f << '\n';

    BigUint a(0), b(1);
    for (int i = 0; i < 300; ++i) { auto c = a + b; a = b; b = c; }
    std::cout << "fib(300) has " << a.str().size() << " digits\n";
}
