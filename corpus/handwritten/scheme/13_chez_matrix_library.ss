;;; matrix.ss -- dense matrices on top of vectors, for Chez Scheme
(library (numeric matrix)
  (export make-matrix matrix-rows matrix-cols matrix-ref matrix-set!
          matrix-multiply matrix-transpose identity-matrix matrix->list
          list->matrix matrix-print matrix-determinant matrix-add matrix-scale)
  (import (chezscheme))

  (define-record-type matrix
    (fields rows cols (immutable data))
    (protocol
     (lambda (new)
       (case-lambda
         [(rows cols) (new rows cols (make-vector (* rows cols) 0))]
         [(rows cols fill) (new rows cols (make-vector (* rows cols) fill))]))))

  (define (index m i j)
    (unless (and (fx< -1 i (matrix-rows m)) (fx< -1 j (matrix-cols m)))
      (assertion-violation 'matrix-ref "index out of range" i j))
    (fx+ (fx* i (matrix-cols m)) j))

  (define (matrix-ref m i j) (vector-ref (matrix-data m) (index m i j)))
  (define (matrix-set! m i j v) (vector-set! (matrix-data m) (index m i j) v))

  (define (identity-matrix n)
    (let ([m (make-matrix n n)])
      (do ([i 0 (fx+ i 1)]) ((fx= i n) m)
        (matrix-set! m i i 1))))

  (define (matrix-multiply a b)
    (unless (fx= (matrix-cols a) (matrix-rows b))
      (assertion-violation 'matrix-multiply "incompatible shapes" a b))
    (let* ([n (matrix-rows a)] [k (matrix-cols a)] [p (matrix-cols b)]
           [c (make-matrix n p)])
      (do ([i 0 (fx+ i 1)]) ((fx= i n) c)
        (do ([j 0 (fx+ j 1)]) ((fx= j p))
          (let loop ([x 0] [sum 0])
            (if (fx= x k)
                (matrix-set! c i j sum)
                (loop (fx+ x 1) (+ sum (* (matrix-ref a i x) (matrix-ref b x j))))))))))

  (define (matrix-transpose m)
    (let ([t (make-matrix (matrix-cols m) (matrix-rows m))])
      (do ([i 0 (fx+ i 1)]) ((fx= i (matrix-rows m)) t)
        (do ([j 0 (fx+ j 1)]) ((fx= j (matrix-cols m)))
          (matrix-set! t j i (matrix-ref m i j))))))

  (define (list->matrix rows)
    (let* ([r (length rows)] [c (length (car rows))] [m (make-matrix r c)])
      (let loop ([i 0] [rows rows])
        (unless (null? rows)
          (let inner ([j 0] [xs (car rows)])
            (unless (null? xs)
              (matrix-set! m i j (car xs))
              (inner (fx+ j 1) (cdr xs))))
          (loop (fx+ i 1) (cdr rows))))
      m))

  (define (matrix->list m)
    (let loop ([i (fx- (matrix-rows m) 1)] [acc '()])
      (if (fx< i 0)
          acc
          (loop (fx- i 1)
                (cons (let row ([j (fx- (matrix-cols m) 1)] [r '()])
                        (if (fx< j 0) r (row (fx- j 1) (cons (matrix-ref m i j) r))))
                      acc)))))

  (define (matrix-map2 f a b)
    (unless (and (fx= (matrix-rows a) (matrix-rows b))
                 (fx= (matrix-cols a) (matrix-cols b)))
      (assertion-violation 'matrix-map2 "shape mismatch" a b))
    (let ([c (make-matrix (matrix-rows a) (matrix-cols a))]
          [n (vector-length (matrix-data a))])
      (do ([i 0 (fx+ i 1)]) ((fx= i n) c)
        (vector-set! (matrix-data c) i
                     (f (vector-ref (matrix-data a) i)
                        (vector-ref (matrix-data b) i))))))

  (define (matrix-add a b) (matrix-map2 + a b))

  (define (matrix-scale m k)
    (let ([c (make-matrix (matrix-rows m) (matrix-cols m))])
      (do ([i 0 (fx+ i 1)]) ((fx= i (vector-length (matrix-data m))) c)
        (vector-set! (matrix-data c) i (* k (vector-ref (matrix-data m) i))))))

  ;; Determinant by Gaussian elimination on a copy; exact for rationals.
  (define (matrix-determinant m)
    (let ([n (matrix-rows m)])
      (unless (fx= n (matrix-cols m))
        (assertion-violation 'matrix-determinant "not square" m))
      (let ([a (list->matrix (matrix->list m))])
        (let loop ([col 0] [det 1])
          (if (fx= col n)
              det
              (let ([pivot (let find ([r col])
                             (cond [(fx= r n) #f]
                                   [(not (zero? (matrix-ref a r col))) r]
                                   [else (find (fx+ r 1))]))])
                (if (not pivot)
                    0
                    (begin
                      (unless (fx= pivot col)
                        (do ([j 0 (fx+ j 1)]) ((fx= j n))
                          (let ([t (matrix-ref a col j)])
                            (matrix-set! a col j (matrix-ref a pivot j))
                            (matrix-set! a pivot j t))))
                      (let ([p (matrix-ref a col col)])
                        (do ([r (fx+ col 1) (fx+ r 1)]) ((fx= r n))
                          (let ([factor (/ (matrix-ref a r col) p)])
                            (do ([j col (fx+ j 1)]) ((fx= j n))
                              (matrix-set! a r j (- (matrix-ref a r j)
                                                    (* factor (matrix-ref a col j)))))))
                        (loop (fx+ col 1)
                              (* det p (if (fx= pivot col) 1 -1))))))))))))

  (define (matrix-print m)
    (for-each (lambda (row)
                (for-each (lambda (x) (printf "~8,3f" (inexact x))) row)
                (newline))
              (matrix->list m))))

;;; Usage, from a Chez REPL:
;;;   > (import (numeric matrix))
;;;   > (define a (list->matrix '((2 0 1) (1 3 2) (1 1 1))))
;;;   > (matrix-determinant a)
;;;   1
;;;   > (matrix-print (matrix-multiply a (identity-matrix 3)))
