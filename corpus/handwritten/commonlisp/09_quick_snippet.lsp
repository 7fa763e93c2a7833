(defun fact (n)
  (if (<= n 1) 1 (* n (fact (1- n)))))

(mapcar #'fact '(0 1 5 10 20))

(setf *print-base* 16)
(fact 10)   ; => 375F00
(setf *print-base* 10)
