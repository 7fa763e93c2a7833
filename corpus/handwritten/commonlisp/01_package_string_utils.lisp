;;;; strutil.lisp -- small string helpers

(defpackage #:strutil
  (:use #:cl)
  (:export #:split #:join #:trim #:starts-with-p #:ends-with-p
           #:replace-all #:word-wrap))

(in-package #:strutil)

(defun split (string &key (separator #\Space) (remove-empty nil))
  "Split STRING on SEPARATOR, returning a list of substrings."
  (loop with parts = '()
        for start = 0 then (1+ pos)
        for pos = (position separator string :start start)
        for part = (subseq string start pos)
        do (unless (and remove-empty (zerop (length part)))
             (push part parts))
        while pos
        finally (return (nreverse parts))))

(defun join (strings &optional (separator ", "))
  (with-output-to-string (out)
    (loop for (s . rest) on strings
          do (write-string s out)
             (when rest (write-string separator out)))))

(defun trim (string)
  (string-trim '(#\Space #\Tab #\Newline #\Return) string))

(defun starts-with-p (prefix string)
  (and (<= (length prefix) (length string))
       (string= prefix string :end2 (length prefix))))

(defun ends-with-p (suffix string)
  (let ((ls (length string)) (lx (length suffix)))
    (and (<= lx ls)
         (string= suffix string :start2 (- ls lx)))))

(defun replace-all (string old new)
  (with-output-to-string (out)
    (loop with olen = (length old)
          for start = 0 then (+ pos olen)
          for pos = (search old string :start2 start)
          do (write-string string out :start start :end (or pos (length string)))
          when pos do (write-string new out)
          while pos)))

(defun word-wrap (text width)
  "Break TEXT into lines no longer than WIDTH characters."
  (let ((lines '()) (line ""))
    (dolist (word (split text :remove-empty t))
      (cond ((zerop (length line)) (setf line word))
            ((<= (+ (length line) 1 (length word)) width)
             (setf line (concatenate 'string line " " word)))
            (t (push line lines)
               (setf line word))))
    (when (plusp (length line)) (push line lines))
    (nreverse lines)))
