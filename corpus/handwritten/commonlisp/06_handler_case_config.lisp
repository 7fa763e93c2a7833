;;;; Reading a config file defensively with handler-case

(defpackage :cfg
  (:use :cl)
  (:export #:load-config #:config-error))
(in-package :cfg)

(define-condition config-error (error)
  ((path :initarg :path :reader config-error-path)
   (line :initarg :line :reader config-error-line :initform nil)
   (reason :initarg :reason :reader config-error-reason))
  (:report (lambda (c stream)
             (format stream "~a~@[:~d~]: ~a"
                     (config-error-path c)
                     (config-error-line c)
                     (config-error-reason c)))))

(defun parse-line (line path lineno)
  (let ((eq (position #\= line)))
    (unless eq
      (error 'config-error :path path :line lineno
                           :reason (format nil "expected KEY = VALUE, got ~s" line)))
    (let ((key (string-trim " " (subseq line 0 eq)))
          (value (string-trim " " (subseq line (1+ eq)))))
      (cons (intern (string-upcase key) :keyword)
            (handler-case (parse-integer value)
              (parse-error () value))))))

(defun load-config (path &key (defaults '()))
  "Return an alist of settings read from PATH, merged over DEFAULTS.
Missing files yield DEFAULTS; malformed lines signal CONFIG-ERROR."
  (handler-case
      (with-open-file (in path :direction :input :external-format :utf-8)
        (let ((result (copy-alist defaults)))
          (loop for line = (read-line in nil)
                for lineno from 1
                while line
                for trimmed = (string-trim '(#\Space #\Tab) line)
                unless (or (zerop (length trimmed)) (char= (char trimmed 0) #\#))
                  do (let ((entry (parse-line trimmed path lineno)))
                       (setf result (cons entry (remove (car entry) result :key #'car)))))
          result))
    (file-error (e)
      (warn "could not open ~a (~a); using defaults" path (type-of e))
      defaults)))

(defun main ()
  (handler-case
      (let ((settings (load-config #p"app.conf" :defaults '((:port . 8080) (:workers . 2)))))
        (format t "~&port ~a, workers ~a~%"
                (cdr (assoc :port settings))
                (cdr (assoc :workers settings))))
    (config-error (e)
      (format *error-output* "~&config problem: ~a~%" e)
      (uiop:quit 2))
    (error (e)
      (format *error-output* "~&unexpected: ~a~%" e)
      (uiop:quit 1))))
