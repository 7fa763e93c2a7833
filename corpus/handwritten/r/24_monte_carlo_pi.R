estimate_pi <- function(n) {
  x <- runif(n); y <- runif(n)
  4 * mean(x^2 + y^2 <= 1)
}
ns <- 10^(2:6)
est <- sapply(ns, estimate_pi)
data.frame(n = ns, estimate = est, error = abs(est - pi))
