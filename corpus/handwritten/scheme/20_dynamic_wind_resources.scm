;;; dynamic-wind makes sure cleanup runs however control leaves a block:
;;; normal return, an escaping continuation, or an exception.

(define log '())
(define (note! x) (set! log (cons x log)))

(define (with-resource name thunk)
  (dynamic-wind
   (lambda () (note! (list 'open name)))
   thunk
   (lambda () (note! (list 'close name)))))

;; normal exit
(with-resource "db" (lambda () (note! 'query) 42))

;; escaping with a continuation
(call/cc
 (lambda (k)
   (with-resource "file"
     (lambda ()
       (note! 'reading)
       (k 'bailed-out)
       (note! 'never-reached)))))

;; exception
(guard (e (#t (note! (list 'caught (error-object-message e)))))
  (with-resource "socket"
    (lambda () (error "connection reset"))))

(for-each (lambda (x) (write x) (newline)) (reverse log))

;; A with-output-to-string helper built the same way
(define (capture-output thunk)
  (let ((port (open-output-string))
        (saved #f))
    (dynamic-wind
     (lambda () (set! saved (current-output-port)))
     (lambda () (parameterize ((current-output-port port)) (thunk)))
     (lambda () #t))
    (get-output-string port)))

(write (capture-output (lambda () (display "hello ") (display 123))))
(newline)
