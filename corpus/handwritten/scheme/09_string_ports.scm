;;; String ports: build strings incrementally, and parse from strings.

(define (join strings sep)
  (if (null? strings)
      ""
      (let ((out (open-output-string)))
        (write-string (car strings) out)
        (for-each (lambda (s) (write-string sep out) (write-string s out))
                  (cdr strings))
        (get-output-string out))))

(define (split-on str ch)
  (let ((in (open-input-string str)))
    (let loop ((cur (open-output-string)) (acc '()))
      (let ((c (read-char in)))
        (cond ((eof-object? c)
               (reverse (cons (get-output-string cur) acc)))
              ((char=? c ch)
               (loop (open-output-string) (cons (get-output-string cur) acc)))
              (else
               (write-char c cur)
               (loop cur acc)))))))

;; Read all s-expressions out of a string
(define (read-all-from-string s)
  (let ((port (open-input-string s)))
    (let loop ((acc '()))
      (let ((x (read port)))
        (if (eof-object? x)
            (reverse acc)
            (loop (cons x acc)))))))

;; Render any value to a string the way `write` would
(define (->string x)
  (let ((p (open-output-string)))
    (write x p)
    (get-output-string p)))

(define (read-lines-from-string s)
  (let ((in (open-input-string s)))
    (let loop ((acc '()))
      (let ((line (read-line in)))
        (if (eof-object? line)
            (reverse acc)
            (loop (cons line acc)))))))

(display (join '("usr" "local" "bin") "/")) (newline)
(write (split-on "a,b,,c" #\,)) (newline)
(write (read-all-from-string "(define x 1) 42 \"hi\" #\\a")) (newline)
(display (->string '(1 "two" #\3))) (newline)
(write (read-lines-from-string "first\nsecond\nthird")) (newline)
