import std/strutils

type
  Cents = distinct int64
  AccountId = distinct string

proc `+`(a, b: Cents): Cents {.borrow.}
proc `-`(a, b: Cents): Cents {.borrow.}
proc `<`(a, b: Cents): bool {.borrow.}
proc `==`(a, b: Cents): bool {.borrow.}
proc `$`(a: AccountId): string {.borrow.}

proc `$`(c: Cents): string =
  let v = int64(c)
  let sign = if v < 0: "-" else: ""
  sign & $(abs(v) div 100) & "." & ($(abs(v) mod 100)).align(2, '0')

type Account = object
  id: AccountId
  balance: Cents

proc withdraw(a: var Account, amount: Cents) =
  if a.balance < amount:
    raise newException(ValueError, "insufficient funds in " & $a.id)
  a.balance = a.balance - amount

var acc = Account(id: AccountId("DE-0042"), balance: Cents(12_550))
acc.withdraw(Cents(2_000))
echo acc.id, ": ", acc.balance
