#include <functional>
#include <iostream>
#include <string>
#include <vector>

class Button {
public:
    explicit Button(std::string label) : label_(std::move(label)) {}
    void on_click(std::function<void(const std::string&)> cb) { handlers_.push_back(std::move(cb)); }
    void click() const { for (const auto& h : handlers_) h(label_); }
private:
    std::string label_;
    std::vector<std::function<void(const std::string&)>> handlers_;
};

int main() {
    int clicks = 0;
    Button save{"Save"};
    save.on_click([&clicks](const std::string&) { ++clicks; });
    save.on_click([](const std::string& l) { std::cout << l << " pressed\n"; });
    save.click();
    save.click();
    std::cout << "clicks: " << clicks << '\n';
}
