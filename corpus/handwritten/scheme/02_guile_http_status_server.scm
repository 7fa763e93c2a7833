;;; status-server.scm -- tiny Guile web server that reports disk and load.
;;; Run with:  guile -L . -e main status-server.scm

(define-module (status-server)
  #:use-module (web server)
  #:use-module (web request)
  #:use-module (web response)
  #:use-module (web uri)
  #:use-module (ice-9 popen)
  #:use-module (ice-9 rdelim)
  #:use-module (ice-9 format)
  #:use-module (ice-9 match)
  #:use-module (srfi srfi-1)
  #:export (main))

(define (command-output cmd)
  (let* ((port (open-input-pipe cmd))
         (text (read-delimited "" port)))
    (close-pipe port)
    (if (eof-object? text) "" text)))

(define (load-average)
  (call-with-input-file "/proc/loadavg"
    (lambda (port)
      (let ((line (read-line port)))
        (take (string-split line #\space) 3)))))

(define (uptime-seconds)
  (call-with-input-file "/proc/uptime"
    (lambda (port)
      (inexact->exact (floor (string->number (car (string-split (read-line port) #\space))))))))

(define (format-uptime secs)
  (let* ((days (quotient secs 86400))
         (hours (quotient (remainder secs 86400) 3600))
         (mins (quotient (remainder secs 3600) 60)))
    (format #f "~ad ~2,'0dh ~2,'0dm" days hours mins)))

(define (html-page title body)
  (string-append
   "<!doctype html><html><head><meta charset=\"utf-8\"><title>" title
   "</title><style>body{font-family:monospace;margin:2em}</style></head><body>"
   "<h1>" title "</h1>" body "</body></html>"))

(define (status-page)
  (html-page
   (gethostname)
   (string-append
    "<p>load: " (string-join (load-average) " ") "</p>"
    "<p>up: " (format-uptime (uptime-seconds)) "</p>"
    "<pre>" (command-output "df -h --output=target,pcent,avail -x tmpfs") "</pre>")))

(define (not-found request)
  (values (build-response #:code 404 #:headers '((content-type . (text/plain))))
          (string-append "Not found: " (uri-path (request-uri request)))))

(define (handler request body)
  (match (split-and-decode-uri-path (uri-path (request-uri request)))
    (()
     (values '((content-type . (text/html (charset . "utf-8"))))
             (status-page)))
    (("load")
     (values '((content-type . (text/plain)))
             (string-join (load-average) " ")))
    (("health")
     (values '((content-type . (text/plain))) "ok\n"))
    (_ (not-found request))))

(define (main args)
  (let ((port (match args
                ((_ p) (string->number p))
                (_ 8081))))
    (format #t "listening on http://localhost:~a/~%" port)
    (run-server handler 'http `(#:port ,port #:addr ,INADDR_ANY))))
