data(mtcars)
mtcars$am <- factor(mtcars$am, labels = c("automatic", "manual"))
mtcars$cyl <- factor(mtcars$cyl)

fit1 <- lm(mpg ~ wt + hp, data = mtcars)
fit2 <- lm(mpg ~ wt * am + hp + cyl, data = mtcars)

summary(fit2)
anova(fit1, fit2)

par(mfrow = c(2, 2))
plot(fit2)
par(mfrow = c(1, 1))

infl <- influence.measures(fit2)
which(apply(infl$is.inf, 1, any))

newcars <- data.frame(wt = c(2.5, 3.2), hp = c(110, 150),
                      am = factor(c("manual", "automatic"), levels = levels(mtcars$am)),
                      cyl = factor(c(4, 6), levels = levels(mtcars$cyl)))
predict(fit2, newcars, interval = "prediction")
