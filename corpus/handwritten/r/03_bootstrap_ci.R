# Percentile bootstrap for an arbitrary statistic
bootstrap_ci <- function(x, stat = mean, B = 2000, level = 0.95, seed = NULL) {
  stopifnot(is.numeric(x), length(x) > 1, B > 0)
  if (!is.null(seed)) set.seed(seed)
  n <- length(x)
  reps <- vapply(seq_len(B), function(i) stat(x[sample.int(n, n, replace = TRUE)]), numeric(1))
  alpha <- (1 - level) / 2
  ci <- quantile(reps, c(alpha, 1 - alpha), names = FALSE)
  structure(
    list(estimate = stat(x), lower = ci[1], upper = ci[2], level = level, reps = reps),
    class = "boot_ci"
  )
}

print.boot_ci <- function(x, ...) {
  cat(sprintf("estimate %.4f, %g%% CI [%.4f, %.4f]\n",
              x$estimate, 100 * x$level, x$lower, x$upper))
  invisible(x)
}

plot.boot_ci <- function(x, ...) {
  hist(x$reps, breaks = 40, col = "grey85", border = "white",
       main = "Bootstrap distribution", xlab = "statistic", ...)
  abline(v = c(x$lower, x$upper), col = "firebrick", lty = 2)
  abline(v = x$estimate, col = "navy", lwd = 2)
}

waits <- faithful$waiting
res <- bootstrap_ci(waits, median, B = 5000, seed = 42)
res
plot(res)
