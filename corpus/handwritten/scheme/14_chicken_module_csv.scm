;;; csv.scm -- a small CSV reader as a CHICKEN 5 module
;;; csc -s csv.scm -J && csi -s demo.scm

(module csv (read-csv-record read-csv csv-fold write-csv-record write-csv)

  (import scheme
          (chicken base)
          (chicken io)
          (chicken string)
          (chicken port))

  ;; Reads one record from PORT. Returns a list of strings, or #!eof.
  (define (read-csv-record #!optional (port (current-input-port)) (sep #\,))
    (let ((first (peek-char port)))
      (if (eof-object? first)
          first
          (let loop ((fields '()) (buf '()) (quoted #f))
            (let ((c (read-char port)))
              (cond
               ((eof-object? c)
                (reverse (cons (reverse-list->string buf) fields)))
               (quoted
                (cond ((and (char=? c #\") (eqv? (peek-char port) #\"))
                       (read-char port)
                       (loop fields (cons #\" buf) #t))
                      ((char=? c #\")
                       (loop fields buf #f))
                      (else (loop fields (cons c buf) #t))))
               ((char=? c #\") (loop fields buf #t))
               ((char=? c sep)
                (loop (cons (reverse-list->string buf) fields) '() #f))
               ((char=? c #\return) (loop fields buf #f))
               ((char=? c #\newline)
                (reverse (cons (reverse-list->string buf) fields)))
               (else (loop fields (cons c buf) #f))))))))

  (define (csv-fold kons knil #!key (port (current-input-port)) (sep #\,))
    (let loop ((acc knil))
      (let ((rec (read-csv-record port sep)))
        (if (eof-object? rec)
            acc
            (loop (kons rec acc))))))

  (define (read-csv #!optional (port (current-input-port)))
    (reverse (csv-fold cons '() port: port)))

  (define (needs-quoting? s sep)
    (let loop ((i 0))
      (and (< i (string-length s))
           (let ((c (string-ref s i)))
             (or (char=? c sep) (char=? c #\") (char=? c #\newline)
                 (loop (+ i 1)))))))

  (define (quote-field s)
    (string-append "\""
                   (string-translate* s '(("\"" . "\"\"")))
                   "\""))

  (define (write-csv-record fields #!optional (port (current-output-port)) (sep #\,))
    (let loop ((fs fields) (first #t))
      (unless (null? fs)
        (unless first (write-char sep port))
        (let ((s (let ((f (car fs))) (if (string? f) f (->string f)))))
          (display (if (needs-quoting? s sep) (quote-field s) s) port))
        (loop (cdr fs) #f)))
    (newline port))

  (define (write-csv rows #!optional (port (current-output-port)))
    (for-each (lambda (r) (write-csv-record r port)) rows))
)

;;; demo.scm
;;; (import csv (chicken port))
;;; (define rows (with-input-from-string "name,qty\n\"Nuts, salted\",3\n" read-csv))
;;; rows  ; => (("name" "qty") ("Nuts, salted" "3"))
;;; (write-csv (cons '("total" 3) rows))
