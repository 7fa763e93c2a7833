#include <iostream>
#include <memory>
#include <string>

class VendingMachine;

class State {
public:
    virtual ~State() = default;
    virtual void insert_coin(VendingMachine&, int cents) = 0;
    virtual void select(VendingMachine&) = 0;
    virtual void refund(VendingMachine&) = 0;
    virtual std::string name() const = 0;
};

class VendingMachine {
public:
    explicit VendingMachine(int price, int stock);
    void insert_coin(int cents) { state_->insert_coin(*this, cents); }
    void select() { state_->select(*this); }
    void refund() { state_->refund(*this); }

    void set_state(std::unique_ptr<State> s) {
        std::cout << "  [" << state_->name() << " -> " << s->name() << "]\n";
        state_ = std::move(s);
    }

    int credit = 0;
    int price;
    int stock;

private:
    std::unique_ptr<State> state_;
};

class Idle;
class HasCredit;
class SoldOut;

class SoldOut final : public State {
public:
    void insert_coin(VendingMachine&, int cents) override { std::cout << "sold out, returning " << cents << "c\n"; }
    void select(VendingMachine&) override { std::cout << "sold out\n"; }
    void refund(VendingMachine&) override {}
    std::string name() const override { return "SoldOut"; }
};

class HasCredit final : public State {
public:
    void insert_coin(VendingMachine& m, int cents) override {
        m.credit += cents;
        std::cout << "credit " << m.credit << "c\n";
    }
    void select(VendingMachine& m) override;
    void refund(VendingMachine& m) override;
    std::string name() const override { return "HasCredit"; }
};

class Idle final : public State {
public:
    void insert_coin(VendingMachine& m, int cents) override {
        m.credit = cents;
        std::cout << "credit " << m.credit << "c\n";
        m.set_state(std::make_unique<HasCredit>());
    }
    void select(VendingMachine&) override { std::cout << "insert coins first\n"; }
    void refund(VendingMachine&) override { std::cout << "nothing to refund\n"; }
    std::string name() const override { return "Idle"; }
};

void HasCredit::select(VendingMachine& m) {
    if (m.credit < m.price) {
        std::cout << "need " << m.price - m.credit << "c more\n";
        return;
    }
    m.credit -= m.price;
    --m.stock;
    std::cout << "dispensing, change " << m.credit << "c\n";
    m.credit = 0;
    if (m.stock == 0) m.set_state(std::make_unique<SoldOut>());
    else m.set_state(std::make_unique<Idle>());
}

void HasCredit::refund(VendingMachine& m) {
    std::cout << "refunding " << m.credit << "c\n";
    m.credit = 0;
    m.set_state(std::make_unique<Idle>());
}

VendingMachine::VendingMachine(int p, int s) : price(p), stock(s), state_(std::make_unique<Idle>()) {}

int main() {
    VendingMachine vm(150, 1);
    vm.select();
    vm.insert_coin(100);
    vm.select();
    vm.insert_coin(100);
    vm.select();
    vm.insert_coin(50);
}
