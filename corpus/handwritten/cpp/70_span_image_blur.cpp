#include <algorithm>
#include <cstdint>
#include <iostream>
#include <span>
#include <vector>

// Separable box blur on an 8-bit grayscale image, using std::span for rows.
struct Image {
    int width = 0, height = 0;
    std::vector<std::uint8_t> pixels;

    Image(int w, int h) : width(w), height(h), pixels(static_cast<std::size_t>(w * h)) {}

    std::span<std::uint8_t> row(int y) {
        return {pixels.data() + static_cast<std::size_t>(y * width), static_cast<std::size_t>(width)};
    }
    std::span<const std::uint8_t> row(int y) const {
        return {pixels.data() + static_cast<std::size_t>(y * width), static_cast<std::size_t>(width)};
    }
    std::uint8_t& at(int x, int y) { return pixels[static_cast<std::size_t>(y * width + x)]; }
};

static void blur_line(std::span<const std::uint8_t> in, std::span<std::uint8_t> out, int radius) {
    const int n = static_cast<int>(in.size());
    int sum = 0;
    for (int i = -radius; i <= radius; ++i) sum += in[static_cast<std::size_t>(std::clamp(i, 0, n - 1))];
    for (int x = 0; x < n; ++x) {
        out[static_cast<std::size_t>(x)] = static_cast<std::uint8_t>(sum / (2 * radius + 1));
        int add = std::clamp(x + radius + 1, 0, n - 1);
        int sub = std::clamp(x - radius, 0, n - 1);
        sum += in[static_cast<std::size_t>(add)] - in[static_cast<std::size_t>(sub)];
    }
}

Image box_blur(const Image& src, int radius) {
    Image tmp(src.width, src.height), dst(src.width, src.height);
    for (int y = 0; y < src.height; ++y) blur_line(src.row(y), tmp.row(y), radius);

    std::vector<std::uint8_t> col(static_cast<std::size_t>(src.height)), colOut(col.size());
    for (int x = 0; x < src.width; ++x) {
        for (int y = 0; y < src.height; ++y) col[static_cast<std::size_t>(y)] = tmp.at(x, y);
        blur_line(col, colOut, radius);
        for (int y = 0; y < src.height; ++y) dst.at(x, y) = colOut[static_cast<std::size_t>(y)];
    }
    return dst;
}

int main() {
    Image img(16, 8);
    for (int y = 2; y < 6; ++y)
        for (int x = 5; x < 11; ++x) img.at(x, y) = 255;

    Image out = box_blur(img, 1);
    const char* ramp = " .:-=+*#%@";
    for (int y = 0; y < out.height; ++y) {
        for (auto p : out.row(y)) std::cout << ramp[p * 9 / 255];
        std::cout << '\n';
    }
}
