;;; Eight queens (SICP exercise 2.42) using flatmap and filter.

(define (accumulate op initial seq)
  (if (null? seq)
      initial
      (op (car seq) (accumulate op initial (cdr seq)))))

(define (flatmap proc seq) (accumulate append '() (map proc seq)))

(define (enumerate-interval lo hi)
  (if (> lo hi) '() (cons lo (enumerate-interval (+ lo 1) hi))))

(define (filter pred seq)
  (cond ((null? seq) '())
        ((pred (car seq)) (cons (car seq) (filter pred (cdr seq))))
        (else (filter pred (cdr seq)))))

;; A position is a list of rows, newest column first.
(define empty-board '())
(define (adjoin-position row col rest) (cons row rest))

(define (safe? col positions)
  (let ((new (car positions)))
    (let loop ((rest (cdr positions)) (distance 1))
      (cond ((null? rest) #t)
            ((or (= (car rest) new)
                 (= (abs (- (car rest) new)) distance))
             #f)
            (else (loop (cdr rest) (+ distance 1)))))))

(define (queens board-size)
  (define (queen-cols k)
    (if (= k 0)
        (list empty-board)
        (filter
         (lambda (positions) (safe? k positions))
         (flatmap
          (lambda (rest-of-queens)
            (map (lambda (new-row) (adjoin-position new-row k rest-of-queens))
                 (enumerate-interval 1 board-size)))
          (queen-cols (- k 1))))))
  (queen-cols board-size))

(define (show-board solution n)
  (for-each
   (lambda (row)
     (for-each (lambda (col) (display (if (= col row) " Q" " ."))) (enumerate-interval 1 n))
     (newline))
   (reverse solution)))

(define solutions (queens 8))
(display (length solutions)) (display " solutions") (newline)
(show-board (car solutions) 8)
