clean_phone <- function(x, default_cc = "+49") {
  x <- gsub("[^0-9+]", "", x)
  x <- sub("^00", "+", x)
  x <- ifelse(startsWith(x, "0"), paste0(default_cc, substring(x, 2)), x)
  x[nchar(x) < 8] <- NA
  x
}

clean_phone(c("0171 234 5678", "+49 (30) 1234-567", "0044 20 7946 0958", "123"))
