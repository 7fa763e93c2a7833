setClass("Asset",
  representation(
    ticker = "character",
    prices = "numeric",
    dates  = "Date"
  ),
  validity = function(object) {
    if (length(object@prices) != length(object@dates))
      return("prices and dates must have equal length")
    if (any(object@prices <= 0, na.rm = TRUE))
      return("prices must be positive")
    TRUE
  }
)

setClass("Portfolio",
  representation(assets = "list", weights = "numeric")
)

setGeneric("returns", function(x, ...) standardGeneric("returns"))

setMethod("returns", "Asset", function(x, log = TRUE) {
  p <- x@prices
  if (log) diff(log(p)) else diff(p) / head(p, -1)
})

setMethod("returns", "Portfolio", function(x, log = TRUE) {
  r <- sapply(x@assets, returns, log = log)
  as.vector(r %*% x@weights)
})

setGeneric("volatility", function(x, annualise = 252) standardGeneric("volatility"))

setMethod("volatility", "ANY", function(x, annualise = 252) {
  sd(returns(x)) * sqrt(annualise)
})

setMethod("show", "Portfolio", function(object) {
  cat("Portfolio of", length(object@assets), "assets\n")
  tickers <- vapply(object@assets, function(a) a@ticker, character(1))
  print(data.frame(ticker = tickers, weight = object@weights), row.names = FALSE)
  cat(sprintf("annualised volatility: %.2f%%\n", 100 * volatility(object)))
})

set.seed(7)
days <- seq(as.Date("2024-01-02"), by = "day", length.out = 250)
mk <- function(tk, drift, vol) {
  new("Asset", ticker = tk, dates = days,
      prices = 100 * exp(cumsum(rnorm(250, drift, vol))))
}
pf <- new("Portfolio",
          assets = list(mk("AAA", 3e-4, 0.012), mk("BBB", 1e-4, 0.008), mk("CCC", 5e-4, 0.02)),
          weights = c(0.5, 0.3, 0.2))
pf

# --- risk measures -----------------------------------------------------------

setGeneric("valueAtRisk", function(x, level = 0.95, ...) standardGeneric("valueAtRisk"))

setMethod("valueAtRisk", "ANY", function(x, level = 0.95, method = c("historical", "gaussian")) {
  method <- match.arg(method)
  r <- returns(x)
  if (method == "historical") {
    -unname(quantile(r, 1 - level))
  } else {
    -(mean(r) + qnorm(1 - level) * sd(r))
  }
})

setGeneric("maxDrawdown", function(x) standardGeneric("maxDrawdown"))

setMethod("maxDrawdown", "Asset", function(x) {
  p <- x@prices
  peak <- cummax(p)
  max((peak - p) / peak)
})

setMethod("maxDrawdown", "Portfolio", function(x) {
  wealth <- exp(cumsum(returns(x)))
  peak <- cummax(wealth)
  max((peak - wealth) / peak)
})

setGeneric("rebalance", function(x, weights) standardGeneric("rebalance"))

setMethod("rebalance", "Portfolio", function(x, weights) {
  stopifnot(length(weights) == length(x@assets), abs(sum(weights) - 1) < 1e-8)
  x@weights <- weights
  validObject(x)
  x
})

minVarianceWeights <- function(pf) {
  r <- sapply(pf@assets, returns)
  S <- cov(r)
  ones <- rep(1, ncol(S))
  w <- solve(S, ones)
  w / sum(w)
}

riskReport <- function(pf, level = 0.95) {
  data.frame(
    metric = c("volatility", sprintf("VaR %g%% (hist)", 100 * level),
               sprintf("VaR %g%% (normal)", 100 * level), "max drawdown"),
    value = c(volatility(pf),
              valueAtRisk(pf, level, "historical"),
              valueAtRisk(pf, level, "gaussian"),
              maxDrawdown(pf))
  )
}

riskReport(pf)
pf_min <- rebalance(pf, minVarianceWeights(pf))
pf_min
riskReport(pf_min)
