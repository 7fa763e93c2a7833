(define indent (make-parameter 0))

(define (say . xs)
  (display (make-string (indent) #\space))
  (for-each display xs)
  (newline))

(say "top")
(parameterize ((indent 4))
  (say "nested")
  (parameterize ((indent (+ (indent) 4)))
    (say "deeper")))
(say "back")
