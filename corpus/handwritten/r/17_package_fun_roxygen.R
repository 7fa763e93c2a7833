#' Convert wind speed and direction to u/v components
#'
#' @param speed numeric vector of wind speeds
#' @param dir numeric vector of meteorological directions in degrees
#'   (direction the wind blows *from*, 0 = north)
#' @return a data frame with columns `u` (eastward) and `v` (northward)
#' @export
#' @examples
#' wind_to_uv(c(5, 10), c(0, 270))
wind_to_uv <- function(speed, dir) {
  if (length(speed) != length(dir)) {
    stop("`speed` and `dir` must have the same length", call. = FALSE)
  }
  rad <- dir * pi / 180
  data.frame(u = -speed * sin(rad), v = -speed * cos(rad))
}

#' @rdname wind_to_uv
#' @param u,v wind components
#' @export
uv_to_wind <- function(u, v) {
  speed <- sqrt(u^2 + v^2)
  dir <- (atan2(-u, -v) * 180 / pi) %% 360
  data.frame(speed = speed, dir = dir)
}
