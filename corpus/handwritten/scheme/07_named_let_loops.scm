;;; Named let: the everyday loop in Scheme.

;; Count digits
(define (digit-count n)
  (let loop ((n (abs n)) (count 1))
    (if (< n 10)
        count
        (loop (quotient n 10) (+ count 1)))))

;; Collatz sequence length, tail recursive
(define (collatz-length n)
  (let loop ((n n) (steps 0))
    (cond ((= n 1) steps)
          ((even? n) (loop (/ n 2) (+ steps 1)))
          (else (loop (+ (* 3 n) 1) (+ steps 1))))))

;; Longest Collatz chain below a limit
(define (longest-collatz limit)
  (let loop ((i 1) (best 1) (best-len 0))
    (if (>= i limit)
        (cons best best-len)
        (let ((len (collatz-length i)))
          (if (> len best-len)
              (loop (+ i 1) i len)
              (loop (+ i 1) best best-len))))))

;; Split a list into chunks of size k
(define (chunk lst k)
  (let outer ((lst lst) (acc '()))
    (if (null? lst)
        (reverse acc)
        (let inner ((rest lst) (i 0) (chunk '()))
          (if (or (null? rest) (= i k))
              (outer rest (cons (reverse chunk) acc))
              (inner (cdr rest) (+ i 1) (cons (car rest) chunk)))))))

;; Run-length encoding: (a a b c c c) -> ((a . 2) (b . 1) (c . 3))
(define (rle lst)
  (if (null? lst)
      '()
      (let loop ((rest (cdr lst)) (cur (car lst)) (n 1) (out '()))
        (cond ((null? rest)
               (reverse (cons (cons cur n) out)))
              ((equal? (car rest) cur)
               (loop (cdr rest) cur (+ n 1) out))
              (else
               (loop (cdr rest) (car rest) 1 (cons (cons cur n) out)))))))

(display (digit-count 1234567)) (newline)
(display (longest-collatz 10000)) (newline)
(display (chunk '(1 2 3 4 5 6 7) 3)) (newline)
(display (rle '(a a b c c c a))) (newline)

;; `do` is also there, though people reach for it less often
(do ((i 0 (+ i 1))
     (acc '() (cons (* i i) acc)))
    ((= i 5) (display (reverse acc)) (newline)))
