;;;; Conditions and restarts: letting the caller decide how to recover

(define-condition malformed-record (error)
  ((text :initarg :text :reader record-text)
   (line :initarg :line :reader record-line))
  (:report (lambda (c s)
             (format s "Malformed record on line ~d: ~s" (record-line c) (record-text c)))))

(defun parse-record (text line)
  "Parse \"name,age\" into a plist, offering restarts on bad input."
  (restart-case
      (let* ((comma (or (position #\, text)
                        (error 'malformed-record :text text :line line)))
             (name (subseq text 0 comma))
             (age (parse-integer text :start (1+ comma) :junk-allowed t)))
        (unless age
          (error 'malformed-record :text text :line line))
        (list :name name :age age))
    (skip-record ()
      :report "Skip this record."
      nil)
    (use-value (value)
      :report "Supply a record to use instead."
      :interactive (lambda ()
                     (format *query-io* "~&Record plist: ")
                     (list (read *query-io*)))
      value)))

(defun parse-all (lines)
  (loop for text in lines
        for i from 1
        for rec = (parse-record text i)
        when rec collect rec))

;; Policy 1: skip anything malformed
(defun lenient-parse (lines)
  (handler-bind ((malformed-record
                   (lambda (c)
                     (format *error-output* "~&warning: ~a~%" c)
                     (invoke-restart 'skip-record))))
    (parse-all lines)))

;; Policy 2: substitute a placeholder record
(defun placeholder-parse (lines)
  (handler-bind ((malformed-record
                   (lambda (c)
                     (invoke-restart 'use-value
                                     (list :name (record-text c) :age nil)))))
    (parse-all lines)))

(defparameter *input* '("ada,36" "bad line" "grace,85" "linus,"))

(print (lenient-parse *input*))
(print (placeholder-parse *input*))

;; Without a handler, the debugger would show SKIP-RECORD and USE-VALUE
;; alongside the usual ABORT restart.

(defun safe-divide (a b)
  (restart-case (/ a b)
    (return-zero () :report "Return 0." 0)
    (return-infinity () :report "Return a large number." most-positive-fixnum)))

(handler-bind ((division-by-zero (lambda (c) (declare (ignore c)) (invoke-restart 'return-zero))))
  (print (list (safe-divide 10 2) (safe-divide 1 0))))

(ignore-errors (error "this returns NIL and the condition"))

;; WITH-SIMPLE-RESTART for the common "offer one way out" case
(defun process-files (paths)
  (dolist (p paths)
    (with-simple-restart (skip-file "Skip ~a and carry on." p)
      (with-open-file (in p)
        (format t "~&~a: ~d lines~%" p
                (loop for line = (read-line in nil) while line count t))))))

;; Choosing a restart by name from an outer handler
(handler-bind ((file-error (lambda (c)
                             (format *error-output* "~&cannot read ~a~%" (file-error-pathname c))
                             (let ((r (find-restart 'skip-file c)))
                               (when r (invoke-restart r))))))
  (process-files '("/etc/hostname" "/no/such/file" "/etc/os-release")))

;; SIGNAL with no handler just returns NIL; WARN prints and continues;
;; ERROR lands in the debugger. CERROR adds a CONTINUE restart:
(defun checked-sqrt (x)
  (when (minusp x)
    (cerror "Use the absolute value instead." "Negative argument ~a" x)
    (setf x (abs x)))
  (sqrt x))

(handler-bind ((error (lambda (c) (declare (ignore c)) (continue))))
  (print (checked-sqrt -16)))   ; 4.0
