import std/strutils

proc fizz(n: int): string =
  if n mod 15 == 0: "FizzBuzz"
  elif n mod 3 == 0: "Fizz"
  elif n mod 5 == 0: "Buzz"
  else: $n

for i in 1..20:
  echo fizz(i).align(8)
