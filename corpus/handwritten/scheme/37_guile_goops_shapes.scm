;;; GOOPS: Guile's object system

(use-modules (oop goops)
             (ice-9 format))

(define-class <shape> ()
  (name #:init-keyword #:name #:getter shape-name #:init-value "shape"))

(define-class <circle> (<shape>)
  (radius #:init-keyword #:r #:accessor radius))

(define-class <rect> (<shape>)
  (width #:init-keyword #:w #:accessor width)
  (height #:init-keyword #:h #:accessor height))

(define-class <square> (<rect>))

(define-method (initialize (s <square>) initargs)
  (let ((side (get-keyword #:side initargs 1)))
    (next-method s (list #:name "square" #:w side #:h side))))

(define-generic area)
(define-method (area (c <circle>)) (* 3.141592653589793 (radius c) (radius c)))
(define-method (area (r <rect>)) (* (width r) (height r)))

(define-generic perimeter)
(define-method (perimeter (c <circle>)) (* 2 3.141592653589793 (radius c)))
(define-method (perimeter (r <rect>)) (* 2 (+ (width r) (height r))))

(define-method (describe (s <shape>))
  (format #f "~a: area ~,2f, perimeter ~,2f" (shape-name s) (area s) (perimeter s)))

(define-method (write (s <shape>) port)
  (format port "#<~a ~,1f>" (shape-name s) (area s)))

(define-method (scale! (c <circle>) k)
  (set! (radius c) (* k (radius c)))
  c)

(define-method (scale! (r <rect>) k)
  (set! (width r) (* k (width r)))
  (set! (height r) (* k (height r)))
  r)

(define shapes
  (list (make <circle> #:name "wheel" #:r 2)
        (make <rect> #:name "door" #:w 0.9 #:h 2.1)
        (make <square> #:side 3)))

(for-each (lambda (s) (display (describe s)) (newline)) shapes)
(for-each (lambda (s) (scale! s 2)) shapes)
(write shapes)
(newline)
(display (is-a? (caddr shapes) <rect>))
(newline)
