#include <gtest/gtest.h>

#include <stdexcept>
#include "linalg/matrix.hpp"

using linalg::Matrix;

namespace {

class MatrixTest : public ::testing::Test {
protected:
    void SetUp() override {
        a = Matrix<double>{{1, 2}, {3, 4}};
        identity = Matrix<double>::identity(2);
    }

    Matrix<double> a;
    Matrix<double> identity;
};

TEST_F(MatrixTest, MultiplyByIdentityIsNoOp) {
    EXPECT_EQ(a * identity, a);
    EXPECT_EQ(identity * a, a);
}

TEST_F(MatrixTest, TransposeSwapsOffDiagonal) {
    const auto t = a.transposed();
    EXPECT_DOUBLE_EQ(t(0, 1), 3.0);
    EXPECT_DOUBLE_EQ(t(1, 0), 2.0);
    EXPECT_EQ(t.transposed(), a);
}

TEST_F(MatrixTest, DeterminantOf2x2) {
    EXPECT_NEAR(a.determinant(), -2.0, 1e-12);
}

TEST_F(MatrixTest, MismatchedShapesThrow) {
    Matrix<double> b(3, 1);
    EXPECT_THROW({ auto c = a * b; (void)c; }, std::invalid_argument);
}

struct InverseCase {
    Matrix<double> input;
    bool invertible;
};

class InverseTest : public ::testing::TestWithParam<InverseCase> {};

TEST_P(InverseTest, InverseTimesOriginalIsIdentity) {
    const auto& [m, invertible] = GetParam();
    auto inv = m.inverse();
    ASSERT_EQ(inv.has_value(), invertible);
    if (!invertible) return;

    const auto product = m * *inv;
    for (std::size_t r = 0; r < m.rows(); ++r)
        for (std::size_t c = 0; c < m.cols(); ++c)
            EXPECT_NEAR(product(r, c), r == c ? 1.0 : 0.0, 1e-9) << "at (" << r << ", " << c << ")";
}

INSTANTIATE_TEST_SUITE_P(
    Small, InverseTest,
    ::testing::Values(
        InverseCase{Matrix<double>{{2, 0}, {0, 2}}, true},
        InverseCase{Matrix<double>{{1, 2}, {2, 4}}, false},
        InverseCase{Matrix<double>{{4, 7, 2}, {3, 6, 1}, {2, 5, 3}}, true}));

}  // namespace
