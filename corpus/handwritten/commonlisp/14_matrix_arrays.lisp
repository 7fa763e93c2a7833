;;;; 2D arrays: matrix arithmetic and Gaussian elimination

(defpackage :matrix
  (:use :cl)
  (:export #:mat #:m* #:transpose #:identity-matrix #:solve #:print-matrix))
(in-package :matrix)

(defun mat (rows)
  "Build a 2D array from a list of lists."
  (make-array (list (length rows) (length (first rows)))
              :initial-contents rows))

(defun identity-matrix (n)
  (let ((m (make-array (list n n) :initial-element 0)))
    (dotimes (i n m)
      (setf (aref m i i) 1))))

(defun transpose (m)
  (destructuring-bind (r c) (array-dimensions m)
    (let ((out (make-array (list c r))))
      (dotimes (i r out)
        (dotimes (j c)
          (setf (aref out j i) (aref m i j)))))))

(defun m* (a b)
  (destructuring-bind ((n k) (k2 p)) (list (array-dimensions a) (array-dimensions b))
    (assert (= k k2) () "Cannot multiply ~dx~d by ~dx~d" n k k2 p)
    (let ((c (make-array (list n p) :initial-element 0)))
      (dotimes (i n c)
        (dotimes (j p)
          (setf (aref c i j)
                (loop for x below k sum (* (aref a i x) (aref b x j)))))))))

(defun solve (a b)
  "Solve A x = B by Gaussian elimination with partial pivoting.
A is n x n, B a vector of length n. Works with rationals exactly."
  (let* ((n (array-dimension a 0))
         (m (make-array (list n (1+ n)))))
    (dotimes (i n)
      (dotimes (j n) (setf (aref m i j) (aref a i j)))
      (setf (aref m i n) (aref b i)))
    (dotimes (col n)
      (let ((pivot (loop with best = col
                         for r from col below n
                         when (> (abs (aref m r col)) (abs (aref m best col)))
                           do (setf best r)
                         finally (return best))))
        (when (zerop (aref m pivot col))
          (error "Matrix is singular"))
        (unless (= pivot col)
          (dotimes (j (1+ n))
            (rotatef (aref m col j) (aref m pivot j))))
        (loop for r from (1+ col) below n
              for factor = (/ (aref m r col) (aref m col col))
              do (loop for j from col to n
                       do (decf (aref m r j) (* factor (aref m col j)))))))
    (let ((x (make-array n)))
      (loop for i from (1- n) downto 0
            do (setf (aref x i)
                     (/ (- (aref m i n)
                           (loop for j from (1+ i) below n sum (* (aref m i j) (aref x j))))
                        (aref m i i))))
      x)))

(defun print-matrix (m &optional (stream t))
  (destructuring-bind (r c) (array-dimensions m)
    (dotimes (i r)
      (format stream "~&[")
      (dotimes (j c)
        (format stream "~8a" (aref m i j)))
      (format stream "]~%"))))

(let ((a (mat '((2 1 -1) (-3 -1 2) (-2 1 2))))
      (b #(8 -11 -3)))
  (print-matrix (m* a (identity-matrix 3)))
  (print-matrix (transpose a))
  (print (solve a b)))   ; #(2 3 -1)
