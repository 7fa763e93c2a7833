library(forecast)
library(tsibble)
library(dplyr)

monthly <- readr::read_csv("monthly_sales.csv", show_col_types = FALSE) |>
  mutate(month = yearmonth(month))

y <- ts(monthly$units, start = c(2017, 1), frequency = 12)

train <- window(y, end = c(2022, 12))
test  <- window(y, start = c(2023, 1))

models <- list(
  snaive = snaive(train, h = length(test)),
  ets    = forecast(ets(train), h = length(test)),
  arima  = forecast(auto.arima(train, stepwise = FALSE), h = length(test)),
  tbats  = forecast(tbats(train), h = length(test))
)

acc <- t(sapply(models, function(m) accuracy(m, test)["Test set", c("RMSE", "MAE", "MAPE")]))
acc[order(acc[, "MAPE"]), ]

best <- rownames(acc)[which.min(acc[, "MAPE"])]
final <- switch(best,
  snaive = snaive(y, h = 12),
  ets    = forecast(ets(y), h = 12),
  arima  = forecast(auto.arima(y), h = 12),
  tbats  = forecast(tbats(y), h = 12)
)
autoplot(final) + ggplot2::ggtitle(paste("12-month forecast using", best))
