;;; Build an index from words to line numbers with SRFI 69 hash tables.
(import (scheme base) (scheme char) (scheme write) (scheme file)
        (srfi 69) (srfi 132))

(define (tokenize line)
  (let loop ((chars (string->list line)) (word '()) (words '()))
    (define (flush)
      (if (null? word) words (cons (list->string (reverse word)) words)))
    (cond ((null? chars) (reverse (flush)))
          ((char-alphabetic? (car chars))
           (loop (cdr chars) (cons (char-downcase (car chars)) word) words))
          (else (loop (cdr chars) '() (flush))))))

(define (index-port port)
  (let ((table (make-hash-table string=? string-hash)))
    (let loop ((lineno 1))
      (let ((line (read-line port)))
        (unless (eof-object? line)
          (for-each
           (lambda (w)
             (hash-table-update!/default table w
                                         (lambda (lines)
                                           (if (and (pair? lines) (= (car lines) lineno))
                                               lines
                                               (cons lineno lines)))
                                         '()))
           (tokenize line))
          (loop (+ lineno 1)))))
    table))

(define (print-index table min-count)
  (let* ((words (hash-table-keys table))
         (sorted (list-sort string<? words)))
    (for-each
     (lambda (w)
       (let ((lines (reverse (hash-table-ref table w (lambda () '())))))
         (when (>= (length lines) min-count)
           (display w)
           (display ": ")
           (display lines)
           (newline))))
     sorted)))

(define text
  "The quick brown fox\njumps over the lazy dog.\nThe dog sleeps; the fox runs.\n")

(define idx (index-port (open-input-string text)))
(print-index idx 2)
(display (hash-table-count idx)) (display " distinct words") (newline)
