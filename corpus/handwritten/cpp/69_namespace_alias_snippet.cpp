namespace fs = std::filesystem;

std::uintmax_t dir_size(const fs::path& root) {
    std::uintmax_t total = 0;
    for (const auto& e : fs::recursive_directory_iterator(root, fs::directory_options::skip_permission_denied))
        if (e.is_regular_file()) total += e.file_size();
    return total;
}
