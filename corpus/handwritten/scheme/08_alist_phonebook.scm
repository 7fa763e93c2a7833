;;; A phone book kept in an association list. Purely functional:
;;; every "update" returns a new alist.

(define phonebook
  '(("Ada Lovelace"   . "+44 20 7946 0018")
    ("Alan Turing"    . "+44 161 496 0754")
    ("Grace Hopper"   . "+1 202 555 0147")
    ("Edsger Dijkstra" . "+31 20 555 0192")))

(define (lookup name book)
  (let ((entry (assoc name book)))
    (if entry (cdr entry) #f)))

(define (remove-entry name book)
  (cond ((null? book) '())
        ((string=? (caar book) name) (cdr book))
        (else (cons (car book) (remove-entry name (cdr book))))))

(define (add-or-update name number book)
  (cons (cons name number) (remove-entry name book)))

(define (names-starting-with prefix book)
  (let ((plen (string-length prefix)))
    (let loop ((b book) (acc '()))
      (cond ((null? b) (reverse acc))
            ((and (>= (string-length (caar b)) plen)
                  (string=? prefix (substring (caar b) 0 plen)))
             (loop (cdr b) (cons (caar b) acc)))
            (else (loop (cdr b) acc))))))

(define (insert-sorted entry sorted)
  (cond ((null? sorted) (list entry))
        ((string<? (car entry) (caar sorted)) (cons entry sorted))
        (else (cons (car sorted) (insert-sorted entry (cdr sorted))))))

(define (sort-book book)
  (let loop ((b book) (acc '()))
    (if (null? b)
        acc
        (loop (cdr b) (insert-sorted (car b) acc)))))

(define (print-book book)
  (for-each (lambda (e)
              (display (car e))
              (display ": ")
              (display (cdr e))
              (newline))
            (sort-book book)))

(define book2 (add-or-update "Barbara Liskov" "+1 617 555 0110" phonebook))
(define book3 (add-or-update "Alan Turing" "unlisted" book2))

(print-book book3)
(display (lookup "Grace Hopper" book3)) (newline)
(display (names-starting-with "A" book3)) (newline)

;; assq/assv for symbol and number keys
(define colours '((red . "#ff0000") (green . "#00ff00") (blue . "#0000ff")))
(display (cdr (assq 'green colours))) (newline)
