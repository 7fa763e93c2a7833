library(data.table)

flights <- fread("flights_2023.csv.gz")
setkey(flights, carrier, origin)

delays <- flights[!is.na(arr_delay),
                  .(flights = .N,
                    mean_delay = mean(arr_delay),
                    p90 = quantile(arr_delay, 0.9),
                    late_share = mean(arr_delay > 15)),
                  by = .(carrier, month)]

delays[order(-mean_delay)][1:10]

flights[, dep_hour := dep_time %/% 100]
flights[, .N, by = dep_hour][order(dep_hour)]

worst_routes <- flights[, .(avg = mean(arr_delay, na.rm = TRUE), n = .N), by = .(origin, dest)][n > 200][order(-avg)][1:15]
fwrite(worst_routes, "worst_routes.csv")
