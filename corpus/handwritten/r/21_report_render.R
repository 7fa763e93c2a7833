#!/usr/bin/env Rscript
args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 1) {
  cat("usage: render_reports.R <month YYYY-MM> [outdir]\n")
  quit(status = 1)
}
month <- args[1]
outdir <- if (length(args) > 1) args[2] else "out"
dir.create(outdir, showWarnings = FALSE)

regions <- c("north", "south", "east", "west")
for (r in regions) {
  out <- file.path(outdir, sprintf("report_%s_%s.html", r, month))
  message("rendering ", out)
  rmarkdown::render("templates/monthly.Rmd",
                    params = list(region = r, month = month),
                    output_file = basename(out), output_dir = outdir,
                    quiet = TRUE, envir = new.env())
}
