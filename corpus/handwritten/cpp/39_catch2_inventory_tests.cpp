#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>
#include <catch2/generators/catch_generators.hpp>

#include "inventory/inventory.hpp"

using inventory::Inventory;
using inventory::Item;

TEST_CASE("new inventory is empty", "[inventory]") {
    Inventory inv;
    REQUIRE(inv.size() == 0);
    REQUIRE(inv.totalValue() == 0);
    CHECK_FALSE(inv.contains("widget"));
}

TEST_CASE("adding and removing stock", "[inventory]") {
    Inventory inv;
    inv.add(Item{"widget", 250}, 10);

    SECTION("quantity is tracked") {
        REQUIRE(inv.quantity("widget") == 10);
        REQUIRE(inv.totalValue() == 2500);
    }

    SECTION("adding again accumulates") {
        inv.add(Item{"widget", 250}, 5);
        REQUIRE(inv.quantity("widget") == 15);
    }

    SECTION("removing reduces stock") {
        inv.remove("widget", 4);
        REQUIRE(inv.quantity("widget") == 6);
    }

    SECTION("removing everything drops the item") {
        inv.remove("widget", 10);
        REQUIRE_FALSE(inv.contains("widget"));
    }

    SECTION("removing too much throws") {
        REQUIRE_THROWS_AS(inv.remove("widget", 11), inventory::OutOfStock);
        REQUIRE(inv.quantity("widget") == 10);
    }
}

TEST_CASE("price changes must match existing item", "[inventory][pricing]") {
    Inventory inv;
    inv.add(Item{"gizmo", 100}, 1);
    REQUIRE_THROWS_WITH(inv.add(Item{"gizmo", 120}, 1),
                        Catch::Matchers::ContainsSubstring("price mismatch"));
}

TEST_CASE("report lists items alphabetically", "[inventory][report]") {
    Inventory inv;
    inv.add(Item{"zeta", 1}, 1);
    inv.add(Item{"alpha", 2}, 2);
    inv.add(Item{"mu", 3}, 3);

    const auto report = inv.report();
    CHECK_THAT(report, Catch::Matchers::StartsWith("alpha"));
    CHECK(report.find("mu") < report.find("zeta"));
}

TEST_CASE("bulk discount thresholds", "[pricing]") {
    auto [qty, expected] = GENERATE(table<int, int>({
        {1, 1000},
        {9, 9000},
        {10, 9500},
        {50, 45000},
        {100, 85000},
    }));

    CAPTURE(qty);
    REQUIRE(inventory::bulkPrice(1000, qty) == expected);
}
