library(R6)

JobQueue <- R6Class("JobQueue",
  public = list(
    name = NULL,
    initialize = function(name = "default", max_size = Inf) {
      self$name <- name
      private$max_size <- max_size
      private$items <- list()
    },
    push = function(job, priority = 0L) {
      if (self$size() >= private$max_size) stop("queue '", self$name, "' is full")
      private$items[[length(private$items) + 1]] <- list(job = job, priority = priority,
                                                        added = Sys.time())
      invisible(self)
    },
    pop = function() {
      if (self$size() == 0) return(NULL)
      pr <- vapply(private$items, `[[`, numeric(1), "priority")
      i <- which.max(pr)
      out <- private$items[[i]]
      private$items[[i]] <- NULL
      out$job
    },
    size = function() length(private$items),
    print = function(...) {
      cat("<JobQueue ", self$name, "> ", self$size(), " job(s)\n", sep = "")
      invisible(self)
    }
  ),
  private = list(items = NULL, max_size = NULL)
)

q <- JobQueue$new("render", max_size = 10)
q$push("thumbnail-1")$push("video-42", priority = 5)$push("thumbnail-2")
print(q)
q$pop()
