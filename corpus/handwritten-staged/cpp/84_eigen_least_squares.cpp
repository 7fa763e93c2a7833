// Fit y = a*x^2 + b*x + c to noisy samples with Eigen, three ways.
#include <Eigen/Dense>

#include <iostream>
#include <random>
#include <vector>

using Eigen::MatrixXd;
using Eigen::Vector3d;
using Eigen::VectorXd;

namespace {

struct Samples {
    VectorXd x;
    VectorXd y;
};

Samples make_samples(int n, const Vector3d& truth, double noise, unsigned seed) {
    std::mt19937 rng(seed);
    std::normal_distribution<double> gauss(0.0, noise);
    Samples s{VectorXd::LinSpaced(n, -3.0, 3.0), VectorXd(n)};
    for (Eigen::Index i = 0; i < n; ++i) {
        const double xi = s.x(i);
        s.y(i) = truth(0) * xi * xi + truth(1) * xi + truth(2) + gauss(rng);
    }
    return s;
}

MatrixXd vandermonde(const VectorXd& x, int degree) {
    MatrixXd A(x.size(), degree + 1);
    for (int j = 0; j <= degree; ++j)
        A.col(j) = x.array().pow(degree - j).matrix();
    return A;
}

}  // namespace

int main() {
    const Vector3d truth(0.8, -1.5, 2.0);
    const auto [x, y] = make_samples(200, truth, 0.25, 7u);
    const MatrixXd A = vandermonde(x, 2);

    const VectorXd viaQr = A.colPivHouseholderQr().solve(y);
    const VectorXd viaSvd = A.bdcSvd(Eigen::ComputeThinU | Eigen::ComputeThinV).solve(y);
    const VectorXd viaNormal = (A.transpose() * A).ldlt().solve(A.transpose() * y);

    Eigen::IOFormat fmt(4, 0, ", ", "", "", "", "[", "]");
    std::cout << "truth   " << truth.transpose().format(fmt) << '\n'
              << "qr      " << viaQr.transpose().format(fmt) << '\n'
              << "svd     " << viaSvd.transpose().format(fmt) << '\n'
              << "normal  " << viaNormal.transpose().format(fmt) << '\n';

    const VectorXd residual = A * viaQr - y;
    std::cout << "rms residual: " << std::sqrt(residual.squaredNorm() / residual.size()) << '\n';
    std::cout << "cond(A) ~ "
              << [&] {
                     Eigen::JacobiSVD<MatrixXd> svd(A);
                     const auto& sv = svd.singularValues();
                     return sv(0) / sv(sv.size() - 1);
                 }()
              << '\n';
}
