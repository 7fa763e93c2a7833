# M/M/c queue simulation vs. analytical Erlang C
simulate_mmc <- function(lambda, mu, c, n_customers = 1e4) {
  arrivals <- cumsum(rexp(n_customers, lambda))
  service  <- rexp(n_customers, mu)
  free_at  <- numeric(c)
  wait     <- numeric(n_customers)
  for (i in seq_len(n_customers)) {
    k <- which.min(free_at)
    start <- max(arrivals[i], free_at[k])
    wait[i] <- start - arrivals[i]
    free_at[k] <- start + service[i]
  }
  mean(wait)
}

erlang_c_wait <- function(lambda, mu, c) {
  a <- lambda / mu
  rho <- a / c
  stopifnot(rho < 1)
  top <- a^c / factorial(c) / (1 - rho)
  pw <- top / (sum(a^(0:(c - 1)) / factorial(0:(c - 1))) + top)
  pw / (c * mu - lambda)
}

set.seed(123)
grid <- expand.grid(servers = 2:5, load = c(0.6, 0.8, 0.9))
grid$lambda <- grid$load * grid$servers
grid$sim <- mapply(simulate_mmc, grid$lambda, 1, grid$servers)
grid$theory <- mapply(erlang_c_wait, grid$lambda, 1, grid$servers)
grid$rel_err <- round((grid$sim - grid$theory) / grid$theory, 3)
print(grid)
