#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "config/parser.hpp"

using config::Parser;
using config::Value;

TEST(ParserTest, ParsesIntegers) {
    Parser p("port = 8080");
    auto doc = p.parse();
    ASSERT_TRUE(doc.has("port"));
    EXPECT_EQ(doc.get<int>("port"), 8080);
}

TEST(ParserTest, ParsesQuotedStrings) {
    auto doc = Parser(R"(name = "hello world")").parse();
    EXPECT_EQ(doc.get<std::string>("name"), "hello world");
}

TEST(ParserTest, RejectsUnterminatedString) {
    Parser p(R"(name = "oops)");
    EXPECT_THROW(p.parse(), config::ParseError);
}

TEST(ParserTest, SectionsPrefixKeys) {
    auto doc = Parser("[db]\nhost = \"localhost\"\nport = 5432\n").parse();
    EXPECT_EQ(doc.get<std::string>("db.host"), "localhost");
    EXPECT_EQ(doc.get<int>("db.port"), 5432);
}

class ParserNumbers : public ::testing::TestWithParam<std::pair<std::string, double>> {};

TEST_P(ParserNumbers, Floats) {
    const auto& [text, expected] = GetParam();
    auto doc = Parser("x = " + text).parse();
    EXPECT_DOUBLE_EQ(doc.get<double>("x"), expected);
}

INSTANTIATE_TEST_SUITE_P(Values, ParserNumbers,
                         ::testing::Values(std::make_pair("1.5", 1.5), std::make_pair("-0.25", -0.25),
                                           std::make_pair("3e2", 300.0)));

TEST(ParserTest, CommentsAreIgnored) {
    auto doc = Parser("# top comment\nport = 1  # trailing\n; semicolon style\n").parse();
    EXPECT_EQ(doc.get<int>("port"), 1);
    EXPECT_EQ(doc.size(), 1u);
}

TEST(ParserTest, ArraysOfIntegers) {
    auto doc = Parser("ports = [80, 443, 8080]").parse();
    auto ports = doc.get<std::vector<int>>("ports");
    ASSERT_EQ(ports.size(), 3u);
    EXPECT_EQ(ports[2], 8080);
}

TEST(ParserTest, DuplicateKeyIsAnError) {
    Parser p("a = 1\na = 2\n");
    try {
        p.parse();
        FAIL() << "expected ParseError";
    } catch (const config::ParseError& e) {
        EXPECT_EQ(e.line(), 2);
        EXPECT_THAT(std::string(e.what()), ::testing::HasSubstr("duplicate key"));
    }
}

TEST(ParserTest, MissingKeyThrowsOnGet) {
    auto doc = Parser("a = 1").parse();
    EXPECT_THROW(doc.get<int>("b"), std::out_of_range);
    EXPECT_EQ(doc.getOr<int>("b", 42), 42);
}

TEST(ParserTest, TypeMismatchIsReported) {
    auto doc = Parser(R"(name = "x")").parse();
    EXPECT_THROW(doc.get<int>("name"), config::TypeError);
}

class ParserFixture : public ::testing::Test {
protected:
    void SetUp() override {
        doc_ = Parser(R"(
            [server]
            host = "0.0.0.0"
            port = 9000
            [server.tls]
            enabled = true
            cert = "/etc/ssl/server.pem"
        )").parse();
    }

    config::Document doc_;
};

TEST_F(ParserFixture, NestedSections) {
    EXPECT_TRUE(doc_.get<bool>("server.tls.enabled"));
    EXPECT_EQ(doc_.get<std::string>("server.tls.cert"), "/etc/ssl/server.pem");
}

TEST_F(ParserFixture, KeysListedInOrder) {
    std::vector<std::string> keys = doc_.keys("server");
    EXPECT_THAT(keys, ::testing::ElementsAre("host", "port", "tls"));
}
