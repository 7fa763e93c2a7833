#include <algorithm>
#include <functional>
#include <iostream>
#include <map>
#include <string>
#include <vector>

// Pre-C++11 style: functors instead of lambdas, explicit iterator types.

struct Employee {
    std::string name;
    std::string dept;
    double salary;

    Employee(const std::string& n, const std::string& d, double s)
        : name(n), dept(d), salary(s) {}
};

class BySalaryDesc : public std::binary_function<Employee, Employee, bool> {
public:
    bool operator()(const Employee& a, const Employee& b) const {
        return a.salary > b.salary;
    }
};

class InDept {
public:
    explicit InDept(const std::string& d) : dept_(d) {}
    bool operator()(const Employee& e) const { return e.dept == dept_; }
private:
    std::string dept_;
};

class Raise {
public:
    explicit Raise(double pct) : factor_(1.0 + pct / 100.0) {}
    void operator()(Employee& e) const { e.salary *= factor_; }
private:
    double factor_;
};

int main() {
    std::vector<Employee> staff;
    staff.push_back(Employee("Morgan", "eng", 91000));
    staff.push_back(Employee("Priya", "ops", 72000));
    staff.push_back(Employee("Lars", "eng", 104000));
    staff.push_back(Employee("Ines", "sales", 66000));
    staff.push_back(Employee("Tomas", "eng", 88000));

    std::for_each(staff.begin(), staff.end(), Raise(3.5));
    std::sort(staff.begin(), staff.end(), BySalaryDesc());

    std::map<std::string, double> totals;
    for (std::vector<Employee>::const_iterator it = staff.begin(); it != staff.end(); ++it) {
        totals[it->dept] += it->salary;
    }

    long engineers = std::count_if(staff.begin(), staff.end(), InDept("eng"));
    std::cout << "engineers: " << engineers << std::endl;

    for (std::map<std::string, double>::const_iterator it = totals.begin(); it != totals.end(); ++it) {
        std::cout << it->first << "\t" << it->second << std::endl;
    }
    return 0;
}
