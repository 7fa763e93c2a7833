(import (scheme base) (scheme write))

;;; R7RS exceptions: raise, raise-continuable, guard, with-exception-handler

(define-record-type parse-error
  (make-parse-error line message)
  parse-error?
  (line parse-error-line)
  (message parse-error-message))

(define (parse-port-number str line)
  (let ((n (string->number str)))
    (cond ((not n) (raise (make-parse-error line "not a number")))
          ((not (and (exact-integer? n) (<= 1 n 65535)))
           (raise (make-parse-error line "port out of range")))
          (else n))))

(define (safe-parse str line)
  (guard (e ((parse-error? e)
             (display "line ")
             (display (parse-error-line e))
             (display ": ")
             (display (parse-error-message e))
             (newline)
             #f)
            ((error-object? e)
             (display "error: ")
             (display (error-object-message e))
             (newline)
             #f))
    (parse-port-number str line)))

(safe-parse "8080" 1)    ; 8080
(safe-parse "http" 2)    ; line 2: not a number
(safe-parse "70000" 3)   ; line 3: port out of range

;; raise-continuable lets the handler supply a replacement value
(define (lookup-setting key alist)
  (let ((p (assq key alist)))
    (if p
        (cdr p)
        (raise-continuable (list 'missing key)))))

(display
 (with-exception-handler
  (lambda (condition)
    (if (and (pair? condition) (eq? (car condition) 'missing))
        (begin (display "using default for ") (display (cadr condition)) (newline)
               30)
        (raise condition)))
  (lambda ()
    (+ (lookup-setting 'timeout '((retries . 3)))
       (lookup-setting 'retries '((retries . 3)))))))
(newline)

;; error with irritants
(guard (e (#t (display (error-object-message e))
              (display " ")
              (write (error-object-irritants e))
              (newline)))
  (error "bad config value" 'colour "purple"))

;; file errors
(guard (e ((file-error? e) (display "could not open file") (newline)))
  (open-input-file "/definitely/not/here.txt"))
