;; SICP 1.1.7 -- square roots by Newton's method
(define (square x) (* x x))
(define (average a b) (/ (+ a b) 2))

(define (sqrt-iter guess x)
  (if (good-enough? guess x)
      guess
      (sqrt-iter (improve guess x) x)))

(define (improve guess x) (average guess (/ x guess)))

;; Exercise 1.7: stop when the guess changes by a tiny fraction
(define (good-enough? guess x)
  (< (abs (- (improve guess x) guess)) (* guess 1e-12)))

(define (my-sqrt x) (sqrt-iter 1.0 x))

(my-sqrt 2)        ; => 1.414213562373095
(my-sqrt 0.0001)   ; => 0.01
