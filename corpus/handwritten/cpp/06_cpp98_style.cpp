#include <iostream>
#include <map>
#include <string>
#include <vector>

using namespace std;

class Inventory
{
public:
    typedef map<string, int> StockMap;

    Inventory() {}

    void add(const string& item, int qty)
    {
        stock_[item] += qty;
    }

    bool remove(const string& item, int qty)
    {
        StockMap::iterator it = stock_.find(item);
        if (it == stock_.end() || it->second < qty)
            return false;
        it->second -= qty;
        if (it->second == 0)
            stock_.erase(it);
        return true;
    }

    void print() const
    {
        for (StockMap::const_iterator it = stock_.begin(); it != stock_.end(); ++it)
            cout << it->first << ": " << it->second << endl;
    }

private:
    StockMap stock_;
};

int main()
{
    Inventory inv;
    inv.add("widget", 10);
    inv.add("gadget", 3);
    if (!inv.remove("gadget", 5))
        cout << "not enough gadgets" << endl;
    inv.remove("widget", 4);
    inv.print();
    return 0;
}
