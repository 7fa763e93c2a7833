temps <- c(-1.2, 0.3, 4.1, 8.9, 13.5, 16.8, 18.9, 18.4, 14.6, 9.7, 4.8, 1.1)
rain  <- c(49, 40, 45, 41, 56, 66, 70, 63, 48, 44, 51, 55)
months <- month.abb

png("climate_chart.png", width = 900, height = 500)
par(mar = c(4, 4, 3, 5))
bp <- barplot(rain, names.arg = months, col = "lightblue", border = NA,
              ylim = c(0, 100), ylab = "Precipitation (mm)", main = "Climate normals")
par(new = TRUE)
plot(bp, temps, type = "b", pch = 19, col = "darkred", axes = FALSE,
     xlab = "", ylab = "", ylim = c(-5, 25), xlim = range(bp) + c(-0.5, 0.5))
axis(4, col.axis = "darkred")
mtext("Temperature (°C)", side = 4, line = 3, col = "darkred")
legend("topleft", legend = c("Rain", "Temperature"), fill = c("lightblue", NA),
       border = NA, lty = c(NA, 1), pch = c(NA, 19), col = c(NA, "darkred"), bty = "n")
dev.off()
