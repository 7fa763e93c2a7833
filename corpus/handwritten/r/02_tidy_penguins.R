library(dplyr)
library(tidyr)
library(ggplot2)
library(readr)
library(palmerpenguins)

penguins_clean <- penguins %>%
  drop_na(bill_length_mm, bill_depth_mm, sex) %>%
  mutate(
    bill_ratio = bill_length_mm / bill_depth_mm,
    size_class = cut(body_mass_g,
                     breaks = c(-Inf, 3500, 4500, Inf),
                     labels = c("small", "medium", "large"))
  )

species_stats <- penguins_clean %>%
  group_by(species, sex) %>%
  summarise(
    n = n(),
    mean_mass = mean(body_mass_g),
    sd_mass = sd(body_mass_g),
    mean_ratio = mean(bill_ratio),
    .groups = "drop"
  ) %>%
  arrange(species, desc(mean_mass))

print(species_stats)

p <- ggplot(penguins_clean, aes(bill_length_mm, bill_depth_mm, colour = species)) +
  geom_point(alpha = 0.7, size = 2) +
  geom_smooth(method = "lm", se = FALSE) +
  facet_wrap(~ island) +
  labs(
    title = "Bill dimensions by species",
    x = "Bill length (mm)",
    y = "Bill depth (mm)",
    colour = NULL
  ) +
  theme_minimal(base_size = 12) +
  theme(legend.position = "bottom")

ggsave("figures/bill_dims.png", p, width = 9, height = 5, dpi = 150)

wide <- species_stats %>%
  select(species, sex, mean_mass) %>%
  pivot_wider(names_from = sex, values_from = mean_mass) %>%
  mutate(dimorphism = male / female)
wide

# --- classification: can bill shape tell the species apart? -----------------

set.seed(11)
split <- penguins_clean %>%
  mutate(.row = row_number()) %>%
  group_by(species) %>%
  mutate(.set = if_else(runif(n()) < 0.75, "train", "test")) %>%
  ungroup()

train <- filter(split, .set == "train")
test  <- filter(split, .set == "test")

centroids <- train %>%
  group_by(species) %>%
  summarise(across(c(bill_length_mm, bill_depth_mm, flipper_length_mm), mean), .groups = "drop")

scale_params <- train %>%
  summarise(across(c(bill_length_mm, bill_depth_mm, flipper_length_mm), sd))

nearest_centroid <- function(row) {
  d <- centroids %>%
    mutate(dist = sqrt(
      ((bill_length_mm - row$bill_length_mm) / scale_params$bill_length_mm)^2 +
      ((bill_depth_mm - row$bill_depth_mm) / scale_params$bill_depth_mm)^2 +
      ((flipper_length_mm - row$flipper_length_mm) / scale_params$flipper_length_mm)^2
    ))
  as.character(d$species[which.min(d$dist)])
}

test$predicted <- vapply(seq_len(nrow(test)), function(i) nearest_centroid(test[i, ]), character(1))

confusion <- test %>%
  count(species, predicted) %>%
  pivot_wider(names_from = predicted, values_from = n, values_fill = 0)
confusion

accuracy <- mean(test$predicted == as.character(test$species))
message(sprintf("nearest-centroid accuracy: %.1f%%", 100 * accuracy))

test %>%
  mutate(correct = predicted == as.character(species)) %>%
  ggplot(aes(bill_length_mm, bill_depth_mm, colour = species, shape = correct)) +
  geom_point(size = 2.5) +
  scale_shape_manual(values = c(`TRUE` = 16, `FALSE` = 4)) +
  labs(title = "Test set predictions", shape = "Correct?") +
  theme_minimal()

# save the cleaned data for the report
write_csv(penguins_clean, "data/penguins_clean.csv")
saveRDS(list(centroids = centroids, scale = scale_params), "models/nearest_centroid.rds")
sessionInfo()
