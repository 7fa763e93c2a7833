library(cluster)
set.seed(2024)

customers <- read.csv("customers_rfm.csv")
features <- scale(customers[, c("recency", "frequency", "monetary")])

wss <- sapply(1:10, function(k) kmeans(features, centers = k, nstart = 25)$tot.withinss)
plot(1:10, wss, type = "b", pch = 19, xlab = "k", ylab = "Within-cluster SS")

sil <- sapply(2:8, function(k) {
  km <- kmeans(features, centers = k, nstart = 25)
  mean(silhouette(km$cluster, dist(features))[, "sil_width"])
})
best_k <- (2:8)[which.max(sil)]
cat("best k by silhouette:", best_k, "\n")

km <- kmeans(features, centers = best_k, nstart = 50)
customers$segment <- factor(km$cluster)
aggregate(cbind(recency, frequency, monetary) ~ segment, data = customers, FUN = median)
