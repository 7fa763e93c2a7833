#include <cstdio>
#include <stdexcept>
#include <string>

class File {
public:
    File(const std::string& path, const char* mode) : fp_(std::fopen(path.c_str(), mode)) {
        if (!fp_) throw std::runtime_error("cannot open " + path);
    }
    ~File() { if (fp_) std::fclose(fp_); }
    std::FILE* get() const { return fp_; }
private:
    std::FILE* fp_;
};

int main() {
    File out("log.txt", "a");
    std::fprintf(out.get(), "started\n");
}
