;;; A handful of everyday macros written with syntax-rules.

(define-syntax swap!
  (syntax-rules ()
    ((_ a b)
     (let ((tmp a))
       (set! a b)
       (set! b tmp)))))

(define-syntax while
  (syntax-rules ()
    ((_ condition body ...)
     (let loop ()
       (when condition
         body ...
         (loop))))))

(define-syntax unless*
  (syntax-rules ()
    ((_ test expr ...) (if test #f (begin expr ...)))))

;; (my-or a b c) -- evaluates each at most once, hygienically
(define-syntax my-or
  (syntax-rules ()
    ((_) #f)
    ((_ e) e)
    ((_ e rest ...)
     (let ((t e))
       (if t t (my-or rest ...))))))

;; for loop over a range with optional step
(define-syntax for
  (syntax-rules (in from to by)
    ((_ x in lst body ...)
     (for-each (lambda (x) body ...) lst))
    ((_ x from start to end by step body ...)
     (let loop ((x start))
       (when (< x end)
         body ...
         (loop (+ x step)))))
    ((_ x from start to end body ...)
     (for x from start to end by 1 body ...))))

;; Thread-first, Clojure style: (-> x (f a) g) == (g (f x a))
(define-syntax ->
  (syntax-rules ()
    ((_ x) x)
    ((_ x (f args ...) rest ...) (-> (f x args ...) rest ...))
    ((_ x f rest ...) (-> (f x) rest ...))))

;; Simple record-like struct with positional constructor
(define-syntax define-point-type
  (syntax-rules ()
    ((_ name make pred (field accessor) ...)
     (define-record-type name
       (make field ...)
       pred
       (field accessor) ...))))

(define-point-type point make-point point? (x point-x) (y point-y))

;; --- try them out ---
(define a 1)
(define b 2)
(swap! a b)
(display (list a b)) (newline)              ; (2 1)

(define i 0)
(while (< i 3)
  (display i)
  (set! i (+ i 1)))
(newline)                                    ; 012

(for x in '(a b c) (display x) (display " "))
(newline)
(for k from 0 to 10 by 3 (display k) (display ","))
(newline)                                    ; 0,3,6,9,

(display (-> 5 (- 2) (* 10) number->string)) ; "30"
(newline)
(display (my-or #f (begin (display "once ") 7) 99))
(newline)
(display (point-x (make-point 3 4)))
(newline)
