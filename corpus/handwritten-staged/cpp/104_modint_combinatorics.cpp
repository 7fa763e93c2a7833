#include <bits/stdc++.h>
using namespace std;

template <uint32_t MOD>
struct ModInt {
    uint32_t v = 0;
    constexpr ModInt() = default;
    constexpr ModInt(long long x) : v(static_cast<uint32_t>((x % MOD + MOD) % MOD)) {}

    constexpr ModInt& operator+=(ModInt o) { if ((v += o.v) >= MOD) v -= MOD; return *this; }
    constexpr ModInt& operator-=(ModInt o) { if ((v += MOD - o.v) >= MOD) v -= MOD; return *this; }
    constexpr ModInt& operator*=(ModInt o) { v = static_cast<uint32_t>(uint64_t(v) * o.v % MOD); return *this; }
    constexpr ModInt& operator/=(ModInt o) { return *this *= o.inv(); }

    friend constexpr ModInt operator+(ModInt a, ModInt b) { return a += b; }
    friend constexpr ModInt operator-(ModInt a, ModInt b) { return a -= b; }
    friend constexpr ModInt operator*(ModInt a, ModInt b) { return a *= b; }
    friend constexpr ModInt operator/(ModInt a, ModInt b) { return a /= b; }
    friend constexpr bool operator==(ModInt a, ModInt b) { return a.v == b.v; }

    constexpr ModInt pow(uint64_t e) const {
        ModInt base = *this, r = 1;
        for (; e; e >>= 1, base *= base)
            if (e & 1) r *= base;
        return r;
    }
    constexpr ModInt inv() const { return pow(MOD - 2); }   // MOD is prime

    friend ostream& operator<<(ostream& os, ModInt m) { return os << m.v; }
    friend istream& operator>>(istream& is, ModInt& m) { long long x; is >> x; m = ModInt(x); return is; }
};

using mint = ModInt<998244353>;

struct Binomial {
    vector<mint> fact, ifact;
    explicit Binomial(int n) : fact(n + 1), ifact(n + 1) {
        fact[0] = 1;
        for (int i = 1; i <= n; ++i) fact[i] = fact[i - 1] * i;
        ifact[n] = fact[n].inv();
        for (int i = n; i > 0; --i) ifact[i - 1] = ifact[i] * i;
    }
    mint C(int n, int k) const {
        if (k < 0 || k > n) return 0;
        return fact[n] * ifact[k] * ifact[n - k];
    }
    mint catalan(int n) const { return C(2 * n, n) / (n + 1); }
};

static_assert(mint(3).pow(4) == mint(81));
static_assert((mint(7) / mint(7)) == mint(1));

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    Binomial bin(2'000'000);

    int t;
    if (!(cin >> t)) {
        // no input: print a small demo
        for (int n = 0; n < 10; ++n) cout << bin.catalan(n) << ' ';
        cout << '\n' << bin.C(1'000'000, 500'000) << '\n';
        return 0;
    }
    while (t--) {
        int n, k;
        cin >> n >> k;
        cout << bin.C(n, k) << '\n';
    }
}
