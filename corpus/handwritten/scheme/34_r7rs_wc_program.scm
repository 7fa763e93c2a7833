;;; wc.scm -- count lines, words and characters, R7RS program
;;; chibi-scheme wc.scm file1 file2 ...

(import (scheme base)
        (scheme char)
        (scheme file)
        (scheme write)
        (scheme process-context))

(define (count-port port)
  (let loop ((lines 0) (words 0) (chars 0) (in-word #f))
    (let ((c (read-char port)))
      (cond ((eof-object? c)
             (values lines (if in-word (+ words 1) words) chars))
            ((char-whitespace? c)
             (loop (if (char=? c #\newline) (+ lines 1) lines)
                   (if in-word (+ words 1) words)
                   (+ chars 1)
                   #f))
            (else (loop lines words (+ chars 1) #t))))))

(define (pad n width)
  (let ((s (number->string n)))
    (if (< (string-length s) width)
        (string-append (make-string (- width (string-length s)) #\space) s)
        s)))

(define (report l w c name)
  (display (pad l 8)) (display (pad w 8)) (display (pad c 8))
  (when name (display " ") (display name))
  (newline))

(define (main args)
  (if (null? args)
      (call-with-values (lambda () (count-port (current-input-port)))
        (lambda (l w c) (report l w c #f)))
      (let loop ((files args) (tl 0) (tw 0) (tc 0))
        (if (null? files)
            (when (> (length args) 1) (report tl tw tc "total"))
            (let ((f (car files)))
              (if (file-exists? f)
                  (call-with-values
                      (lambda () (call-with-input-file f count-port))
                    (lambda (l w c)
                      (report l w c f)
                      (loop (cdr files) (+ tl l) (+ tw w) (+ tc c))))
                  (begin
                    (display (string-append "wc: " f ": no such file\n") (current-error-port))
                    (loop (cdr files) tl tw tc))))))))

(main (cdr (command-line)))
(exit 0)
