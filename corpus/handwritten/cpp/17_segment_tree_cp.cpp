#include <bits/stdc++.h>
using namespace std;

typedef long long ll;
typedef pair<int,int> pii;
#define all(x) (x).begin(), (x).end()
#define rep(i,a,b) for (int i = (a); i < (b); ++i)
#define pb push_back
#define fi first
#define se second

const int MAXN = 200005;
const ll INF = 1e18;

int n, q;
ll t[4 * MAXN], lz[4 * MAXN];

void build(vector<ll>& a, int v, int tl, int tr) {
    if (tl == tr) { t[v] = a[tl]; return; }
    int tm = (tl + tr) / 2;
    build(a, 2*v, tl, tm);
    build(a, 2*v+1, tm+1, tr);
    t[v] = min(t[2*v], t[2*v+1]);
}

void push(int v) {
    if (lz[v]) {
        for (int c : {2*v, 2*v+1}) { t[c] += lz[v]; lz[c] += lz[v]; }
        lz[v] = 0;
    }
}

void update(int v, int tl, int tr, int l, int r, ll add) {
    if (l > r) return;
    if (l == tl && r == tr) { t[v] += add; lz[v] += add; return; }
    push(v);
    int tm = (tl + tr) / 2;
    update(2*v, tl, tm, l, min(r, tm), add);
    update(2*v+1, tm+1, tr, max(l, tm+1), r, add);
    t[v] = min(t[2*v], t[2*v+1]);
}

ll query(int v, int tl, int tr, int l, int r) {
    if (l > r) return INF;
    if (l == tl && r == tr) return t[v];
    push(v);
    int tm = (tl + tr) / 2;
    return min(query(2*v, tl, tm, l, min(r, tm)),
               query(2*v+1, tm+1, tr, max(l, tm+1), r));
}

void solve() {
    cin >> n >> q;
    vector<ll> a(n);
    rep(i, 0, n) cin >> a[i];
    build(a, 1, 0, n-1);
    while (q--) {
        int type, l, r; cin >> type >> l >> r; --l; --r;
        if (type == 1) {
            ll x; cin >> x;
            update(1, 0, n-1, l, r, x);
        } else {
            cout << query(1, 0, n-1, l, r) << '\n';
        }
    }
}

int main() {
    ios_base::sync_with_stdio(0); cin.tie(0);
    int T = 1;
    // cin >> T;
    while (T--) solve();
    return 0;
}
