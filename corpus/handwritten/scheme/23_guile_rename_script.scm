#!/usr/bin/guile \
-e main -s
!#
;;; Rename photos to their modification date: IMG_1234.JPG -> 2024-05-01_093012.jpg

(use-modules (ice-9 ftw)
             (ice-9 format)
             (ice-9 getopt-long)
             (srfi srfi-1)
             (srfi srfi-19))

(define option-spec
  '((dry-run (single-char #\n) (value #f))
    (help    (single-char #\h) (value #f))))

(define (photo? name)
  (let ((lower (string-downcase name)))
    (any (lambda (ext) (string-suffix? ext lower))
         '(".jpg" ".jpeg" ".png" ".heic"))))

(define (extension name)
  (let ((dot (string-rindex name #\.)))
    (if dot (string-downcase (substring name dot)) "")))

(define (new-name dir name)
  (let* ((mtime (stat:mtime (stat (string-append dir "/" name))))
         (date (time-utc->date (make-time time-utc 0 mtime))))
    (string-append (date->string date "~Y-~m-~d_~H~M~S") (extension name))))

(define (unique-path dir base)
  (let loop ((n 0))
    (let ((candidate (if (zero? n)
                         base
                         (format #f "~a-~a~a"
                                 (string-drop-right base (string-length (extension base)))
                                 n (extension base)))))
      (if (file-exists? (string-append dir "/" candidate))
          (loop (+ n 1))
          candidate))))

(define (main args)
  (let* ((opts (getopt-long args option-spec))
         (dry? (option-ref opts 'dry-run #f))
         (dirs (option-ref opts '() '("."))))
    (when (option-ref opts 'help #f)
      (display "usage: rename-photos [-n] DIR...\n")
      (exit 0))
    (for-each
     (lambda (dir)
       (for-each
        (lambda (name)
          (let ((target (unique-path dir (new-name dir name))))
            (format #t "~a -> ~a~%" name target)
            (unless dry?
              (rename-file (string-append dir "/" name)
                           (string-append dir "/" target)))))
        (filter photo? (scandir dir))))
     dirs)))
