;;; Message-passing objects with closures (SICP 3.1)

(define (make-account balance password)
  (let ((history '())
        (bad-attempts 0))
    (define (record! kind amount)
      (set! history (cons (list kind amount balance) history)))
    (define (withdraw amount)
      (if (>= balance amount)
          (begin (set! balance (- balance amount))
                 (record! 'withdraw amount)
                 balance)
          "Insufficient funds"))
    (define (deposit amount)
      (set! balance (+ balance amount))
      (record! 'deposit amount)
      balance)
    (define (dispatch pw m)
      (cond ((not (eq? pw password))
             (set! bad-attempts (+ bad-attempts 1))
             (lambda args
               (if (> bad-attempts 3) "Calling the cops" "Incorrect password")))
            (else
             (set! bad-attempts 0)
             (case m
               ((withdraw) withdraw)
               ((deposit) deposit)
               ((balance) (lambda () balance))
               ((history) (lambda () (reverse history)))
               (else (error "Unknown request" m))))))
    dispatch))

;; Exercise 3.7: joint accounts sharing the same state
(define (make-joint account old-pw new-pw)
  (lambda (pw m)
    (if (eq? pw new-pw)
        (account old-pw m)
        (lambda args "Incorrect password"))))

(define acc (make-account 100 'open-sesame))
((acc 'open-sesame 'withdraw) 40)      ; 60
((acc 'open-sesame 'deposit) 25)       ; 85
((acc 'wrong 'withdraw) 10)            ; "Incorrect password"

(define paul (make-joint acc 'open-sesame 'rosebud))
((paul 'rosebud 'withdraw) 5)          ; 80
(display ((acc 'open-sesame 'history)))
(newline)

;; A counter generator, the classic closure demo
(define (make-counter)
  (let ((n 0))
    (lambda ()
      (set! n (+ n 1))
      n)))

(define c1 (make-counter))
(define c2 (make-counter))
(c1) (c1)
(display (list (c1) (c2)))   ; (3 1)
(newline)
