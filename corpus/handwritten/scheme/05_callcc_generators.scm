;;; Generators and early exit with call/cc.

;; Early exit from a deep traversal
(define (find-first pred tree)
  (call-with-current-continuation
   (lambda (return)
     (let walk ((t tree))
       (cond ((null? t) #f)
             ((pair? t) (walk (car t)) (walk (cdr t)))
             ((pred t) (return t))
             (else #f)))
     #f)))

(find-first (lambda (x) (and (number? x) (> x 10)))
            '(1 (2 3 (4 15)) 20))   ; => 15

;; A generator that yields the leaves of a tree one at a time.
(define (make-leaf-generator tree)
  (define return #f)
  (define (resume-here) 
    (let walk ((t tree))
      (cond ((null? t) 'skip)
            ((pair? t) (walk (car t)) (walk (cdr t)))
            (else
             (call/cc
              (lambda (k)
                (set! resume-here (lambda () (k #f)))
                (return t))))))
    (return 'done))
  (lambda ()
    (call/cc
     (lambda (k)
       (set! return k)
       (resume-here)))))

(define (same-fringe? t1 t2)
  (let ((g1 (make-leaf-generator t1))
        (g2 (make-leaf-generator t2)))
    (let loop ()
      (let ((a (g1)) (b (g2)))
        (cond ((not (eqv? a b)) #f)
              ((eq? a 'done) #t)
              (else (loop)))))))

(same-fringe? '(1 (2 3) 4) '((1 2) (3 (4))))   ; => #t
(same-fringe? '(1 2 3) '(1 (3 2)))             ; => #f

;; Using an escape continuation as a "break" in a loop
(define (sum-until-negative lst)
  (call/cc
   (lambda (break)
     (let loop ((xs lst) (acc 0))
       (cond ((null? xs) acc)
             ((negative? (car xs)) (break acc))
             (else (loop (cdr xs) (+ acc (car xs)))))))))

(display (sum-until-negative '(3 4 5 -1 100)))  ; 12
(newline)
