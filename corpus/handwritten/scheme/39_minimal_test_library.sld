;;; (minitest) -- a very small unit test harness for R7RS systems
;;; that don't ship SRFI 64.

(define-library (minitest)
  (export check check-equal check-error run-suite define-suite
          tests-passed tests-failed)
  (import (scheme base) (scheme write))

  (begin
    (define passed 0)
    (define failed 0)
    (define (tests-passed) passed)
    (define (tests-failed) failed)

    (define (report-failure name expected actual)
      (set! failed (+ failed 1))
      (display "FAIL ")
      (display name)
      (display "\n  expected: ")
      (write expected)
      (display "\n  actual:   ")
      (write actual)
      (newline))

    (define (pass!) (set! passed (+ passed 1)))

    (define-syntax check
      (syntax-rules ()
        ((_ expr)
         (if expr (pass!) (report-failure 'expr #t #f)))))

    (define-syntax check-equal
      (syntax-rules ()
        ((_ expected expr)
         (let ((actual (guard (e (#t (list 'raised e))) expr)))
           (if (equal? actual expected)
               (pass!)
               (report-failure 'expr expected actual))))))

    (define-syntax check-error
      (syntax-rules ()
        ((_ expr)
         (let ((raised (guard (e (#t #t)) expr #f)))
           (if raised (pass!) (report-failure 'expr 'an-error 'no-error))))))

    (define-syntax define-suite
      (syntax-rules ()
        ((_ name body ...)
         (define (name)
           (display "; suite ")
           (display 'name)
           (newline)
           body ...))))

    (define (run-suite . suites)
      (for-each (lambda (s) (s)) suites)
      (display passed)
      (display " passed, ")
      (display failed)
      (display " failed")
      (newline)
      (zero? failed))))
