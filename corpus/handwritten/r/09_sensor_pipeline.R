# ---------------------------------------------------------------------------
# Clean and aggregate raw readings from the greenhouse sensor network.
# Input:  data/raw/*.csv  (one file per logger, semicolon separated)
# Output: data/clean/hourly.rds, reports/daily_summary.csv, figures/*.png
# ---------------------------------------------------------------------------

suppressPackageStartupMessages({
  library(readr)
  library(dplyr)
  library(purrr)
  library(lubridate)
  library(stringr)
  library(ggplot2)
})

raw_dir   <- "data/raw"
clean_dir <- "data/clean"
fig_dir   <- "figures"
for (d in c(clean_dir, fig_dir, "reports")) dir.create(d, showWarnings = FALSE, recursive = TRUE)

limits <- tribble(
  ~variable,     ~lo,   ~hi,
  "temp_c",      -10,    55,
  "rh_pct",        0,   100,
  "co2_ppm",     250,  5000,
  "par_umol",      0,  2500,
  "soil_vwc",      0,    0.6
)

read_logger <- function(path) {
  logger <- str_remove(basename(path), "\\.csv$")
  read_delim(path, delim = ";", locale = locale(decimal_mark = ","),
             col_types = cols(.default = col_double(), timestamp = col_character()),
             progress = FALSE) %>%
    mutate(logger = logger,
           timestamp = parse_date_time(timestamp, orders = c("Ymd HMS", "dmY HM"), tz = "Europe/Amsterdam"))
}

files <- list.files(raw_dir, pattern = "\\.csv$", full.names = TRUE)
message("reading ", length(files), " logger files")

readings <- map_dfr(files, possibly(read_logger, otherwise = tibble()))

long <- readings %>%
  tidyr::pivot_longer(-c(timestamp, logger), names_to = "variable", values_to = "value") %>%
  left_join(limits, by = "variable") %>%
  mutate(flag = case_when(
    is.na(value)                  ~ "missing",
    !is.na(lo) & value < lo       ~ "below_range",
    !is.na(hi) & value > hi       ~ "above_range",
    TRUE                          ~ "ok"
  ))

flag_report <- long %>%
  count(logger, variable, flag) %>%
  group_by(logger, variable) %>%
  mutate(share = n / sum(n)) %>%
  ungroup() %>%
  filter(flag != "ok", share > 0.01)

if (nrow(flag_report) > 0) {
  message("loggers with more than 1% flagged values:")
  print(flag_report, n = Inf)
}

# spike filter: drop points deviating more than 4 MADs from a rolling median
despike <- function(x, k = 7, thresh = 4) {
  med <- stats::runmed(x, k, endrule = "keep", na.action = "na.omit")
  dev <- abs(x - med)
  mad <- stats::mad(x, na.rm = TRUE)
  replace(x, dev > thresh * mad, NA_real_)
}

hourly <- long %>%
  filter(flag == "ok") %>%
  arrange(logger, variable, timestamp) %>%
  group_by(logger, variable) %>%
  mutate(value = despike(value)) %>%
  mutate(hour = floor_date(timestamp, "hour")) %>%
  group_by(logger, variable, hour) %>%
  summarise(mean = mean(value, na.rm = TRUE),
            min = min(value, na.rm = TRUE),
            max = max(value, na.rm = TRUE),
            n = sum(!is.na(value)),
            .groups = "drop") %>%
  filter(n >= 3)

saveRDS(hourly, file.path(clean_dir, "hourly.rds"))

daily <- hourly %>%
  mutate(day = as_date(hour)) %>%
  group_by(logger, variable, day) %>%
  summarise(mean = mean(mean), min = min(min), max = max(max), hours = n(), .groups = "drop")

write_csv(daily, "reports/daily_summary.csv")

# Daily light integral from PAR (mol m^-2 d^-1)
dli <- hourly %>%
  filter(variable == "par_umol") %>%
  mutate(day = as_date(hour)) %>%
  group_by(logger, day) %>%
  summarise(dli = sum(mean) * 3600 / 1e6, .groups = "drop")

p_temp <- hourly %>%
  filter(variable == "temp_c") %>%
  ggplot(aes(hour, mean, colour = logger)) +
  geom_ribbon(aes(ymin = min, ymax = max, fill = logger), alpha = 0.15, colour = NA) +
  geom_line(linewidth = 0.4) +
  labs(x = NULL, y = "Temperature (°C)", title = "Hourly temperature") +
  theme_bw()

p_dli <- ggplot(dli, aes(day, dli, fill = logger)) +
  geom_col(position = "dodge") +
  geom_hline(yintercept = c(12, 20), linetype = "dashed") +
  labs(x = NULL, y = expression(DLI ~ (mol ~ m^-2 ~ d^-1))) +
  theme_bw()

ggsave(file.path(fig_dir, "temperature.png"), p_temp, width = 10, height = 4)
ggsave(file.path(fig_dir, "dli.png"), p_dli, width = 10, height = 4)

message("done: ", nrow(hourly), " hourly rows, ", n_distinct(hourly$logger), " loggers")
