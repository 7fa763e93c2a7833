(define (div-mod n d)
  (values (quotient n d) (remainder n d)))

(let-values (((q r) (div-mod 17 5))
             ((h m) (floor/ 135 60)))
  (display (list 'q q 'r r 'hours h 'mins m))
  (newline))

(call-with-values (lambda () (exact-integer-sqrt 20))
  (lambda (s rest) (list s rest)))   ; => (4 4)
