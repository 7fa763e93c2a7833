#include <bits/stdc++.h>
using namespace std;
using ll = long long;

template <class T> struct Fenwick {
    int n; vector<T> t;
    Fenwick(int n) : n(n), t(n + 1) {}
    void add(int i, T v) { for (++i; i <= n; i += i & -i) t[i] += v; }
    T pref(int i) const { T s{}; for (; i > 0; i -= i & -i) s += t[i]; return s; }  // [0, i)
    T range(int l, int r) const { return pref(r) - pref(l); }                        // [l, r)
};

int main() {
    cin.tie(nullptr)->sync_with_stdio(false);
    int n, q; cin >> n >> q;
    Fenwick<ll> fw(n);
    for (int i = 0; i < n; i++) { ll x; cin >> x; fw.add(i, x); }
    while (q--) {
        int type; cin >> type;
        if (type == 1) { int i; ll v; cin >> i >> v; fw.add(i, v); }
        else { int l, r; cin >> l >> r; cout << fw.range(l, r) << '\n'; }
    }
}
