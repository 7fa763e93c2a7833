#include <bits/stdc++.h>
using namespace std;

vector<int> prefix_function(const string& s) {
    vector<int> pi(s.size());
    for (size_t i = 1; i < s.size(); ++i) {
        int k = pi[i - 1];
        while (k > 0 && s[i] != s[k]) k = pi[k - 1];
        if (s[i] == s[k]) ++k;
        pi[i] = k;
    }
    return pi;
}

int main() {
    string text, pat;
    getline(cin, text); getline(cin, pat);
    auto pi = prefix_function(pat + '\x01' + text);
    const int m = pat.size();
    for (int i = 2 * m; i < (int)pi.size(); ++i)
        if (pi[i] == m) cout << i - 2 * m << ' ';
    cout << '\n';
}
