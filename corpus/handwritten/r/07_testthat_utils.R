test_that("normalise_names lowercases and snake_cases", {
  expect_equal(normalise_names(c("First Name", "lastName", "E-mail")),
               c("first_name", "last_name", "e_mail"))
})

test_that("normalise_names de-duplicates", {
  out <- normalise_names(c("id", "ID", "Id"))
  expect_length(unique(out), 3)
  expect_equal(out[1], "id")
})

test_that("parse_amount handles European formats", {
  expect_equal(parse_amount("1.234,56"), 1234.56)
  expect_equal(parse_amount("-12,5"), -12.5)
  expect_true(is.na(parse_amount("n/a")))
})

test_that("parse_amount warns on garbage", {
  expect_warning(parse_amount("12abc"), "could not parse")
})
