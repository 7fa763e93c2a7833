#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "text/split.hpp"

using text::split;
using Parts = std::vector<std::string>;

TEST_CASE("split on a single character", "[split]") {
    SECTION("basic") {
        REQUIRE(split("a,b,c", ',') == Parts{"a", "b", "c"});
    }
    SECTION("empty fields are kept") {
        REQUIRE(split(",a,,b,", ',') == Parts{"", "a", "", "b", ""});
    }
    SECTION("no delimiter yields the whole string") {
        auto parts = split("hello", ',');
        REQUIRE(parts.size() == 1);
        CHECK(parts.front() == "hello");
    }
    SECTION("empty input yields one empty field") {
        CHECK(split("", ';') == Parts{""});
    }
}

TEST_CASE("split with max count", "[split][limit]") {
    const auto parts = split("k=v=w", '=', 2);
    REQUIRE(parts.size() == 2);
    CHECK(parts[0] == "k");
    CHECK(parts[1] == "v=w");
}

TEST_CASE("split then join round-trips", "[split][property]") {
    auto input = GENERATE(as<std::string>{}, "x", "a:b", "::", "one:two:three", ":lead", "trail:");
    CAPTURE(input);

    const auto parts = split(input, ':');
    std::string joined;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i) joined += ':';
        joined += parts[i];
    }
    REQUIRE(joined == input);
}

TEST_CASE("split_view does not allocate strings", "[split][view]") {
    std::string_view src = "red green  blue";
    auto views = text::split_view(src, ' ');
    REQUIRE(views.size() == 4);
    CHECK(views[2].empty());
    CHECK(views[3].data() == src.data() + 11);
}
