;;;; A few macros worth having around

(defpackage :my-macros
  (:use :cl)
  (:export #:with-gensyms #:while #:aif #:it #:with-timing #:define-enum #:->>))
(in-package :my-macros)

(defmacro with-gensyms ((&rest names) &body body)
  `(let ,(loop for n in names collect `(,n (gensym ,(string n))))
     ,@body))

(defmacro while (test &body body)
  `(loop (unless ,test (return))
         ,@body))

;; Anaphoric if: binds IT to the test value
(defmacro aif (test then &optional else)
  `(let ((it ,test))
     (if it ,then ,else)))

(defmacro with-timing ((&optional (label "elapsed")) &body body)
  (with-gensyms (start result)
    `(let* ((,start (get-internal-real-time))
            (,result (multiple-value-list (progn ,@body))))
       (format *trace-output* "~&~a: ~,3f s~%" ,label
               (/ (- (get-internal-real-time) ,start)
                  internal-time-units-per-second))
       (values-list ,result))))

;; (define-enum colour :red :green :blue) defines +COLOUR-RED+ = 0 etc.
(defmacro define-enum (name &rest members)
  `(progn
     ,@(loop for m in members
             for i from 0
             collect `(defconstant ,(intern (format nil "+~a-~a+" name m)) ,i))
     (defun ,(intern (format nil "~a-NAME" name)) (n)
       (nth n ',members))))

(defmacro ->> (x &rest forms)
  (if (null forms)
      x
      (let ((f (first forms)))
        `(->> ,(if (consp f) `(,@f ,x) `(,f ,x)) ,@(rest forms)))))

;; Example usage
(defun collatz-steps (n)
  (let ((steps 0))
    (while (/= n 1)
      (setf n (if (evenp n) (/ n 2) (1+ (* 3 n))))
      (incf steps))
    steps))

(defun lookup-port (service table)
  (aif (gethash service table)
       (format nil "~a runs on ~a" service it)
       (format nil "~a: unknown" service)))

(define-enum level :debug :info :warn :error)

(with-timing ("collatz")
  (loop for i from 1 to 100000 maximize (collatz-steps i)))

(->> '(1 2 3 4 5 6)
     (remove-if #'oddp)
     (mapcar (lambda (x) (* x x)))
     (reduce #'+))
