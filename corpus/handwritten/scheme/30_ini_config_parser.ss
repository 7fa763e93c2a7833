;;; Parse an INI-style config file into nested alists.
;;; ((section (key . value) ...) ...)

(import (chezscheme))

(define (string-trim s)
  (let* ([n (string-length s)]
         [start (let loop ([i 0]) (if (and (< i n) (char-whitespace? (string-ref s i))) (loop (+ i 1)) i))]
         [end (let loop ([i n]) (if (and (> i start) (char-whitespace? (string-ref s (- i 1)))) (loop (- i 1)) i))])
    (substring s start end)))

(define (string-index s ch)
  (let loop ([i 0])
    (cond [(= i (string-length s)) #f]
          [(char=? (string-ref s i) ch) i]
          [else (loop (+ i 1))])))

(define (parse-value v)
  (cond [(string->number v) => (lambda (n) n)]
        [(member v '("true" "yes" "on")) #t]
        [(member v '("false" "no" "off")) #f]
        [else v]))

(define (parse-ini port)
  (let loop ([section 'global] [entries '()] [sections '()] [lineno 1])
    (let ([line (get-line port)])
      (define (close-section)
        (if (null? entries) sections (cons (cons section (reverse entries)) sections)))
      (if (eof-object? line)
          (reverse (close-section))
          (let ([l (string-trim line)])
            (cond
              [(or (string=? l "") (memv (string-ref l 0) '(#\; #\#)))
               (loop section entries sections (+ lineno 1))]
              [(char=? (string-ref l 0) #\[)
               (let ([close (string-index l #\])])
                 (unless close
                   (errorf 'parse-ini "line ~a: missing ]" lineno))
                 (loop (string->symbol (string-trim (substring l 1 close)))
                       '() (close-section) (+ lineno 1)))]
              [(string-index l #\=)
               => (lambda (eq)
                    (let ([k (string->symbol (string-trim (substring l 0 eq)))]
                          [v (parse-value (string-trim (substring l (+ eq 1) (string-length l))))])
                      (loop section (cons (cons k v) entries) sections (+ lineno 1))))]
              [else (errorf 'parse-ini "line ~a: cannot parse ~s" lineno l)]))))))

(define (ini-ref config section key default)
  (let ([s (assq section config)])
    (cond [(and s (assq key (cdr s))) => cdr]
          [else default])))

(define sample "
; service config
name = relay

[server]
host = 0.0.0.0
port = 7070
tls = yes

[limits]
max_clients = 250
timeout = 2.5
")

(define cfg (parse-ini (open-input-string sample)))
(pretty-print cfg)
(printf "port=~a tls=~a missing=~a~%"
        (ini-ref cfg 'server 'port 80)
        (ini-ref cfg 'server 'tls #f)
        (ini-ref cfg 'limits 'burst 'none))
