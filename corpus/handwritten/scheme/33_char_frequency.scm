(define (char-frequencies str)
  (let loop ((cs (string->list str)) (acc '()))
    (if (null? cs)
        acc
        (let ((entry (assv (car cs) acc)))
          (if entry
              (begin (set-cdr! entry (+ (cdr entry) 1)) (loop (cdr cs) acc))
              (loop (cdr cs) (cons (cons (car cs) 1) acc)))))))

(char-frequencies "mississippi")
;; => ((#\p . 2) (#\s . 4) (#\i . 4) (#\m . 1))
