// Text buffer editor core with the command pattern: undo, redo, and merging
// of consecutive single-character inserts (so typing "hello" undoes at once).

#include <cassert>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

namespace editor {

class Buffer {
public:
    void insert(std::size_t pos, const std::string& s) { text_.insert(pos, s); }
    void erase(std::size_t pos, std::size_t n) { text_.erase(pos, n); }
    [[nodiscard]] std::string substr(std::size_t pos, std::size_t n) const { return text_.substr(pos, n); }
    [[nodiscard]] const std::string& text() const noexcept { return text_; }
    [[nodiscard]] std::size_t size() const noexcept { return text_.size(); }

private:
    std::string text_;
};

class Command {
public:
    virtual ~Command() = default;
    virtual void apply(Buffer& buf) = 0;
    virtual void revert(Buffer& buf) = 0;
    // Returns true if `next` was absorbed into this command.
    virtual bool merge(const Command& /*next*/) { return false; }
    [[nodiscard]] virtual std::string describe() const = 0;
};

class InsertText final : public Command {
public:
    InsertText(std::size_t pos, std::string text) : pos_(pos), text_(std::move(text)) {}

    void apply(Buffer& buf) override { buf.insert(pos_, text_); }
    void revert(Buffer& buf) override { buf.erase(pos_, text_.size()); }

    bool merge(const Command& next) override {
        const auto* other = dynamic_cast<const InsertText*>(&next);
        if (!other || other->pos_ != pos_ + text_.size()) return false;
        if (other->text_ == " " || text_.back() == ' ') return false;   // word boundary
        text_ += other->text_;
        return true;
    }

    [[nodiscard]] std::string describe() const override { return "insert \"" + text_ + "\""; }

private:
    std::size_t pos_;
    std::string text_;
};

class DeleteRange final : public Command {
public:
    DeleteRange(std::size_t pos, std::size_t count) : pos_(pos), count_(count) {}

    void apply(Buffer& buf) override {
        removed_ = buf.substr(pos_, count_);
        buf.erase(pos_, count_);
    }
    void revert(Buffer& buf) override { buf.insert(pos_, removed_); }
    [[nodiscard]] std::string describe() const override { return "delete \"" + removed_ + "\""; }

private:
    std::size_t pos_, count_;
    std::string removed_;
};

class History {
public:
    explicit History(Buffer& buf, std::size_t limit = 100) : buf_(buf), limit_(limit) {}

    void execute(std::unique_ptr<Command> cmd) {
        cmd->apply(buf_);
        redo_.clear();
        if (!undo_.empty() && undo_.back()->merge(*cmd)) return;
        undo_.push_back(std::move(cmd));
        if (undo_.size() > limit_) undo_.erase(undo_.begin());
    }

    bool undo() {
        if (undo_.empty()) return false;
        auto cmd = std::move(undo_.back());
        undo_.pop_back();
        cmd->revert(buf_);
        redo_.push_back(std::move(cmd));
        return true;
    }

    bool redo() {
        if (redo_.empty()) return false;
        auto cmd = std::move(redo_.back());
        redo_.pop_back();
        cmd->apply(buf_);
        undo_.push_back(std::move(cmd));
        return true;
    }

    void dump(std::ostream& os) const {
        os << "undo stack:";
        for (const auto& c : undo_) os << " [" << c->describe() << ']';
        os << "\nredo stack:";
        for (auto it = redo_.rbegin(); it != redo_.rend(); ++it) os << " [" << (*it)->describe() << ']';
        os << '\n';
    }

private:
    Buffer& buf_;
    std::size_t limit_;
    std::vector<std::unique_ptr<Command>> undo_, redo_;
};

}  // namespace editor

int main() {
    using namespace editor;
    Buffer buf;
    History history(buf);

    auto type = [&](std::string_view s) {
        for (char ch : s)
            history.execute(std::make_unique<InsertText>(buf.size(), std::string(1, ch)));
    };

    type("hello world");
    history.execute(std::make_unique<DeleteRange>(0, 1));
    history.execute(std::make_unique<InsertText>(0, "H"));
    std::cout << buf.text() << '\n';
    history.dump(std::cout);

    history.undo();
    history.undo();
    assert(buf.text() == "hello world");
    history.undo();
    std::cout << "after 3 undos: \"" << buf.text() << "\"\n";

    history.redo();
    std::cout << "after redo:    \"" << buf.text() << "\"\n";
    history.dump(std::cout);
}
