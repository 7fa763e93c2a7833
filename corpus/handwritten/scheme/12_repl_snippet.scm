> (define xs '(3 1 4 1 5 9 2 6))
> (apply max xs)
9
> (map (lambda (x) (* x x)) xs)
(9 1 16 1 25 81 4 36)
> (list-tail xs 5)
(9 2 6)
> (assq 'b '((a 1) (b 2)))
(b 2)
> (string-upcase "hello")
"HELLO"
