;;; List sorting algorithms, each parameterised by a less-than predicate.

(define (insertion-sort lst less?)
  (define (insert x sorted)
    (cond ((null? sorted) (list x))
          ((less? x (car sorted)) (cons x sorted))
          (else (cons (car sorted) (insert x (cdr sorted))))))
  (let loop ((lst lst) (acc '()))
    (if (null? lst) acc (loop (cdr lst) (insert (car lst) acc)))))

(define (merge-lists a b less?)
  (cond ((null? a) b)
        ((null? b) a)
        ((less? (car b) (car a)) (cons (car b) (merge-lists a (cdr b) less?)))
        (else (cons (car a) (merge-lists (cdr a) b less?)))))

(define (split lst)
  (if (or (null? lst) (null? (cdr lst)))
      (values lst '())
      (let-values (((a b) (split (cddr lst))))
        (values (cons (car lst) a) (cons (cadr lst) b)))))

(define (merge-sort lst less?)
  (if (or (null? lst) (null? (cdr lst)))
      lst
      (let-values (((a b) (split lst)))
        (merge-lists (merge-sort a less?) (merge-sort b less?) less?))))

(define (quick-sort lst less?)
  (if (null? lst)
      '()
      (let ((p (car lst)))
        (let loop ((rest (cdr lst)) (lo '()) (hi '()))
          (cond ((null? rest)
                 (append (quick-sort lo less?) (list p) (quick-sort hi less?)))
                ((less? (car rest) p) (loop (cdr rest) (cons (car rest) lo) hi))
                (else (loop (cdr rest) lo (cons (car rest) hi))))))))

(define (sorted? lst less?)
  (or (null? lst)
      (null? (cdr lst))
      (and (not (less? (cadr lst) (car lst)))
           (sorted? (cdr lst) less?))))

(define sample '(38 27 43 3 9 82 10 3 51 0))

(for-each
 (lambda (name+sort)
   (let ((result ((cdr name+sort) sample <)))
     (display (car name+sort))
     (display ": ")
     (display result)
     (display (if (sorted? result <) "  ok" "  WRONG"))
     (newline)))
 (list (cons "insertion" insertion-sort)
       (cons "merge" merge-sort)
       (cons "quick" quick-sort)))

;; sort strings by length, then alphabetically
(display
 (merge-sort '("pear" "fig" "banana" "kiwi" "apple")
             (lambda (a b)
               (or (< (string-length a) (string-length b))
                   (and (= (string-length a) (string-length b)) (string<? a b))))))
(newline)
