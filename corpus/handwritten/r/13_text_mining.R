library(tidytext)
library(dplyr)
library(stringr)
library(readr)

reviews <- read_csv("reviews.csv", show_col_types = FALSE)

tokens <- reviews |>
  mutate(review_id = row_number()) |>
  unnest_tokens(word, body) |>
  anti_join(stop_words, by = "word") |>
  filter(!str_detect(word, "^[0-9]+$"))

top_words <- tokens |>
  count(rating, word, sort = TRUE) |>
  group_by(rating) |>
  slice_max(n, n = 10) |>
  ungroup()

sentiment <- tokens |>
  inner_join(get_sentiments("bing"), by = "word", relationship = "many-to-many") |>
  count(review_id, sentiment) |>
  tidyr::pivot_wider(names_from = sentiment, values_from = n, values_fill = 0) |>
  mutate(score = positive - negative)

reviews |>
  mutate(review_id = row_number()) |>
  left_join(sentiment, by = "review_id") |>
  group_by(rating) |>
  summarise(mean_score = mean(score, na.rm = TRUE), n = n())
