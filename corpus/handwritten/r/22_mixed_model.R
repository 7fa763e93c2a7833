library(lme4)
library(ggplot2)

sleep <- sleepstudy
m0 <- lmer(Reaction ~ Days + (1 | Subject), data = sleep, REML = FALSE)
m1 <- lmer(Reaction ~ Days + (Days | Subject), data = sleep, REML = FALSE)
anova(m0, m1)

fixef(m1)
head(ranef(m1)$Subject)

sleep$fitted <- fitted(m1)
ggplot(sleep, aes(Days, Reaction)) +
  geom_point(alpha = .6) +
  geom_line(aes(y = fitted), colour = "red") +
  facet_wrap(~ Subject, ncol = 6) +
  theme_light()

# parametric bootstrap of the fixed effects
set.seed(99)
boot <- bootMer(m1, FUN = fixef, nsim = 500, type = "parametric")
apply(boot$t, 2, quantile, probs = c(0.025, 0.975))

# residual checks
res <- data.frame(fitted = fitted(m1), resid = resid(m1), subject = sleep$Subject)
ggplot(res, aes(fitted, resid)) +
  geom_hline(yintercept = 0, linetype = 2) +
  geom_point(aes(colour = subject), show.legend = FALSE) +
  geom_smooth(se = FALSE, method = "loess")
qqnorm(res$resid); qqline(res$resid)
