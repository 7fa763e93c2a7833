## Small utilities shared by the survey analysis scripts.
## Source this file at the top of each script: source("R/helpers.R")

`%||%` <- function(a, b) if (is.null(a) || length(a) == 0) b else a

`%notin%` <- Negate(`%in%`)

memoise_simple <- function(f) {
  cache <- new.env(parent = emptyenv())
  function(...) {
    key <- paste(deparse(list(...)), collapse = "")
    if (!exists(key, envir = cache, inherits = FALSE)) {
      assign(key, f(...), envir = cache)
    }
    get(key, envir = cache, inherits = FALSE)
  }
}

log_msg <- function(..., level = c("INFO", "WARN", "ERROR")) {
  level <- match.arg(level)
  stamp <- format(Sys.time(), "%Y-%m-%d %H:%M:%S")
  line <- sprintf("[%s] %-5s %s", stamp, level, paste0(..., collapse = ""))
  if (level == "ERROR") message(line) else cat(line, "\n", sep = "")
  invisible(line)
}

## Weighted summaries -------------------------------------------------------

weighted_share <- function(x, w = rep(1, length(x)), na.rm = TRUE) {
  stopifnot(length(x) == length(w))
  if (na.rm) {
    keep <- !is.na(x) & !is.na(w)
    x <- x[keep]
    w <- w[keep]
  }
  tab <- tapply(w, x, sum)
  tab / sum(tab)
}

weighted_quantile <- function(x, w, probs = c(0.25, 0.5, 0.75)) {
  o <- order(x)
  x <- x[o]
  w <- w[o]
  cw <- cumsum(w) / sum(w)
  vapply(probs, function(p) x[which(cw >= p)[1]], numeric(1))
}

design_effect <- function(w) {
  n <- length(w)
  n * sum(w^2) / sum(w)^2
}

## Likert helpers -----------------------------------------------------------

likert_levels <- c("Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree")

as_likert <- function(x, levels = likert_levels) {
  if (is.numeric(x)) {
    x[x %notin% seq_along(levels)] <- NA
    return(factor(levels[x], levels = levels, ordered = TRUE))
  }
  x <- trimws(tolower(x))
  idx <- match(x, tolower(levels))
  factor(levels[idx], levels = levels, ordered = TRUE)
}

net_agreement <- function(x) {
  x <- as.integer(x)
  mean(x >= 4, na.rm = TRUE) - mean(x <= 2, na.rm = TRUE)
}

collapse_likert <- function(x) {
  lv <- c("Disagree", "Neutral", "Agree")
  out <- ifelse(as.integer(x) <= 2, lv[1], ifelse(as.integer(x) == 3, lv[2], lv[3]))
  factor(out, levels = lv, ordered = TRUE)
}

## Formatting ---------------------------------------------------------------

fmt_pct <- function(x, digits = 1) {
  ifelse(is.na(x), "–", paste0(formatC(100 * x, format = "f", digits = digits), "%"))
}

fmt_n <- function(x) formatC(x, format = "d", big.mark = ",")

ci_label <- function(est, lo, hi, digits = 2) {
  sprintf(paste0("%.", digits, "f (%.", digits, "f–%.", digits, "f)"), est, lo, hi)
}

## Input checks -------------------------------------------------------------

check_columns <- function(df, required) {
  missing <- setdiff(required, names(df))
  if (length(missing) > 0) {
    stop("missing columns: ", paste(missing, collapse = ", "), call. = FALSE)
  }
  invisible(TRUE)
}

check_range <- function(x, lo, hi, name = deparse(substitute(x))) {
  bad <- which(!is.na(x) & (x < lo | x > hi))
  if (length(bad)) {
    log_msg(name, ": ", length(bad), " value(s) outside [", lo, ", ", hi, "]", level = "WARN")
  }
  replace(x, bad, NA)
}
