(import (scheme base)
        (scheme write)
        (srfi 1))

;; Grades as (name . score)
(define grades
  '(("ana" . 91) ("ben" . 67) ("chen" . 78) ("dara" . 55) ("eli" . 88) ("fay" . 73)))

(define (letter score)
  (cond ((>= score 90) 'A)
        ((>= score 80) 'B)
        ((>= score 70) 'C)
        ((>= score 60) 'D)
        (else 'F)))

(define scores (map cdr grades))

(display "total: ")
(display (fold + 0 scores))
(newline)

(display "passing: ")
(display (map car (filter (lambda (g) (>= (cdr g) 60)) grades)))
(newline)

(call-with-values
    (lambda () (partition (lambda (g) (>= (cdr g) 75)) grades))
  (lambda (high low)
    (display (list 'high (length high) 'low (length low)))
    (newline)))

(display "first below 60: ")
(display (find (lambda (g) (< (cdr g) 60)) grades))
(newline)

(display "any perfect? ")
(display (any (lambda (s) (= s 100)) scores))
(newline)

(display "all above 50? ")
(display (every (lambda (s) (> s 50)) scores))
(newline)

(display "by letter: ")
(display
 (map (lambda (l) (cons l (count (lambda (s) (eq? (letter s) l)) scores)))
      '(A B C D F)))
(newline)

(display (iota 5 1))                               ; (1 2 3 4 5)
(newline)
(display (delete-duplicates '(a b a c b d)))       ; (a b c d)
(newline)
(display (take-while even? '(2 4 6 7 8)))          ; (2 4 6)
(newline)
(display (fold-right cons* '() '(a b c) '(1 2 3))) ; (a 1 b 2 c 3)
(newline)
(display (reduce max 0 scores))
(newline)
(display (append-map (lambda (x) (list x x)) '(1 2 3)))
(newline)
(display (filter-map (lambda (g) (and (> (cdr g) 85) (car g))) grades))
(newline)
