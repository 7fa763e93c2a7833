library(httr2)
library(purrr)

fetch_stations <- function(country = "NL", token = Sys.getenv("OPENAQ_KEY")) {
  req <- request("https://api.example-aq.org/v3/locations") |>
    req_url_query(country = country, limit = 100) |>
    req_headers(`X-API-Key` = token) |>
    req_retry(max_tries = 3) |>
    req_throttle(rate = 30 / 60)

  pages <- req_perform_iterative(req, next_req = iterate_with_offset("page"), max_reqs = 20)
  results <- pages |> map(resp_body_json) |> map("results") |> list_flatten()

  tibble::tibble(
    id = map_int(results, "id"),
    name = map_chr(results, "name", .default = NA_character_),
    lat = map_dbl(results, c("coordinates", "latitude")),
    lon = map_dbl(results, c("coordinates", "longitude"))
  )
}
