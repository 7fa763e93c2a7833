A <- matrix(c(4, -2, 1,
              -2, 4, -2,
              1, -2, 4), nrow = 3, byrow = TRUE)
b <- c(11, -16, 17)
x <- solve(A, b)
x
all.equal(as.vector(A %*% x), b)
eigen(A)$values
chol(A)
