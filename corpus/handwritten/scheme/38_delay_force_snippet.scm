(define expensive
  (delay (begin (display "computing...") (newline)
                (let loop ((i 0) (s 0)) (if (= i 1000000) s (loop (+ i 1) (+ s i)))))))

(force expensive)   ; prints computing..., returns 499999500000
(force expensive)   ; cached, prints nothing

(define p (make-promise 42))
(promise? p)        ; #t
