std::optional<std::string> env(const char* name) {
    if (const char* v = std::getenv(name)) return std::string{v};
    return std::nullopt;
}

auto port = env("PORT").and_then([](const std::string& s) -> std::optional<int> {
    try { return std::stoi(s); } catch (...) { return std::nullopt; }
}).value_or(8080);
