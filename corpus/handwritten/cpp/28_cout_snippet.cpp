#include <iostream>
using namespace std;

int main()
{
    int x = 5;
    cout << "x = " << x << endl;
    return 0;
}
