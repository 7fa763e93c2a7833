#include <iomanip>
#include <map>
#include <iostream>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

class Account {
public:
    Account(std::string owner, long cents) : owner_(std::move(owner)), balance_(cents) {}
    virtual ~Account() = default;

    virtual void withdraw(long cents) {
        if (cents <= 0) throw std::invalid_argument("amount must be positive");
        if (cents > balance_) throw std::runtime_error("insufficient funds");
        balance_ -= cents;
    }

    void deposit(long cents) {
        if (cents <= 0) throw std::invalid_argument("amount must be positive");
        balance_ += cents;
    }

    virtual void monthEnd() {}
    virtual std::string kind() const = 0;

    long balance() const { return balance_; }
    const std::string& owner() const { return owner_; }

protected:
    long balance_;

private:
    std::string owner_;
};

class Checking : public Account {
public:
    Checking(std::string owner, long cents, long overdraft)
        : Account(std::move(owner), cents), overdraft_(overdraft) {}

    void withdraw(long cents) override {
        if (cents > balance_ + overdraft_) throw std::runtime_error("overdraft limit exceeded");
        balance_ -= cents;
    }

    void monthEnd() override {
        if (balance_ < 0) balance_ -= 500;  // flat overdraft fee
    }

    std::string kind() const override { return "checking"; }

private:
    long overdraft_;
};

class Savings : public Account {
public:
    Savings(std::string owner, long cents, double rate)
        : Account(std::move(owner), cents), rate_(rate) {}

    void monthEnd() override {
        balance_ += static_cast<long>(balance_ * rate_ / 12.0);
    }

    std::string kind() const override { return "savings"; }

private:
    double rate_;
};

struct Transaction {
    enum class Kind { Deposit, Withdrawal, Transfer } kind;
    long cents;
    std::string memo;
};

class Ledger {
public:
    void record(const Account& acct, Transaction tx) {
        entries_[acct.owner()].push_back(std::move(tx));
    }

    bool transfer(Account& from, Account& to, long cents, const std::string& memo) {
        try {
            from.withdraw(cents);
        } catch (const std::exception& e) {
            std::cerr << "transfer rejected: " << e.what() << '\n';
            return false;
        }
        to.deposit(cents);
        record(from, {Transaction::Kind::Transfer, -cents, memo});
        record(to, {Transaction::Kind::Transfer, cents, memo});
        return true;
    }

    void statement(const std::string& owner, std::ostream& os) const {
        auto it = entries_.find(owner);
        if (it == entries_.end()) return;
        os << "statement for " << owner << '\n';
        for (const auto& tx : it->second) {
            os << "  " << std::setw(10) << std::fixed << std::setprecision(2) << tx.cents / 100.0
               << "  " << tx.memo << '\n';
        }
    }

private:
    std::map<std::string, std::vector<Transaction>> entries_;
};

std::ostream& operator<<(std::ostream& os, const Account& a) {
    return os << std::left << std::setw(10) << a.owner() << std::setw(10) << a.kind()
              << std::right << std::fixed << std::setprecision(2) << a.balance() / 100.0;
}

int main() {
    std::vector<std::unique_ptr<Account>> accounts;
    accounts.push_back(std::make_unique<Checking>("ana", 12000, 50000));
    accounts.push_back(std::make_unique<Savings>("ben", 250000, 0.035));

    try {
        accounts[0]->withdraw(30000);
        accounts[1]->withdraw(500000);
    } catch (const std::exception& e) {
        std::cerr << "error: " << e.what() << '\n';
    }

    Ledger ledger;
    ledger.transfer(*accounts[1], *accounts[0], 20000, "rent share");
    ledger.transfer(*accounts[0], *accounts[1], 999999, "too much");
    ledger.statement("ana", std::cout);

    for (auto& a : accounts) a->monthEnd();
    for (const auto& a : accounts) std::cout << *a << '\n';
}
