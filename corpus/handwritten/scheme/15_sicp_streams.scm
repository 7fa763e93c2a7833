;;; SICP 3.5 -- streams with delay/force

(define-syntax cons-stream
  (syntax-rules ()
    ((_ a b) (cons a (delay b)))))

(define the-empty-stream '())
(define stream-null? null?)
(define (stream-car s) (car s))
(define (stream-cdr s) (force (cdr s)))

(define (stream-ref s n)
  (if (= n 0)
      (stream-car s)
      (stream-ref (stream-cdr s) (- n 1))))

(define (stream-map proc . streams)
  (if (stream-null? (car streams))
      the-empty-stream
      (cons-stream
       (apply proc (map stream-car streams))
       (apply stream-map (cons proc (map stream-cdr streams))))))

(define (stream-filter pred s)
  (cond ((stream-null? s) the-empty-stream)
        ((pred (stream-car s))
         (cons-stream (stream-car s) (stream-filter pred (stream-cdr s))))
        (else (stream-filter pred (stream-cdr s)))))

(define (stream-take s n)
  (if (or (= n 0) (stream-null? s))
      '()
      (cons (stream-car s) (stream-take (stream-cdr s) (- n 1)))))

(define (integers-from n)
  (cons-stream n (integers-from (+ n 1))))

(define integers (integers-from 1))

(define (add-streams a b) (stream-map + a b))
(define (scale-stream s k) (stream-map (lambda (x) (* x k)) s))

(define fibs
  (cons-stream 0 (cons-stream 1 (add-streams (stream-cdr fibs) fibs))))

;; Sieve of Eratosthenes
(define (sieve s)
  (cons-stream
   (stream-car s)
   (sieve (stream-filter (lambda (x) (not (= 0 (remainder x (stream-car s)))))
                         (stream-cdr s)))))

(define primes (sieve (integers-from 2)))

;; Exercise 3.59-ish: partial sums
(define (partial-sums s)
  (define result (cons-stream (stream-car s) (add-streams result (stream-cdr s))))
  result)

;; pi by the Leibniz series, accelerated with Euler's transform
(define (pi-summands n)
  (cons-stream (/ 1.0 n) (stream-map - (pi-summands (+ n 2)))))

(define pi-stream (scale-stream (partial-sums (pi-summands 1)) 4))

(define (euler-transform s)
  (let ((s0 (stream-ref s 0))
        (s1 (stream-ref s 1))
        (s2 (stream-ref s 2)))
    (cons-stream (- s2 (/ (square (- s2 s1))
                          (+ s0 (* -2 s1) s2)))
                 (euler-transform (stream-cdr s)))))

(define (square x) (* x x))

(display (stream-take fibs 15)) (newline)
(display (stream-take primes 12)) (newline)
(display (stream-take (partial-sums integers) 6)) (newline)
(display (stream-take (euler-transform pi-stream) 5)) (newline)
