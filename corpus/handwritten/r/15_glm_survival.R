library(survival)

fit <- survfit(Surv(time, status) ~ sex, data = lung)
summary(fit, times = c(180, 365, 730))
plot(fit, col = c("navy", "tomato"), lwd = 2, mark.time = TRUE,
     xlab = "Days", ylab = "Survival probability")
legend("topright", c("male", "female"), col = c("navy", "tomato"), lwd = 2)

cox <- coxph(Surv(time, status) ~ age + sex + ph.ecog, data = lung)
summary(cox)
cox.zph(cox)
