;;; Vector-based algorithms: binary search, in-place quicksort, prefix sums.

(define (vector-swap! v i j)
  (let ((tmp (vector-ref v i)))
    (vector-set! v i (vector-ref v j))
    (vector-set! v j tmp)))

(define (partition! v lo hi)
  (let ((pivot (vector-ref v hi)))
    (let loop ((i lo) (j lo))
      (cond ((= j hi)
             (vector-swap! v i hi)
             i)
            ((< (vector-ref v j) pivot)
             (vector-swap! v i j)
             (loop (+ i 1) (+ j 1)))
            (else (loop i (+ j 1)))))))

(define (quicksort! v)
  (let sort ((lo 0) (hi (- (vector-length v) 1)))
    (when (< lo hi)
      (let ((p (partition! v lo hi)))
        (sort lo (- p 1))
        (sort (+ p 1) hi))))
  v)

(define (binary-search v target)
  (let loop ((lo 0) (hi (- (vector-length v) 1)))
    (if (> lo hi)
        #f
        (let* ((mid (quotient (+ lo hi) 2))
               (x (vector-ref v mid)))
          (cond ((= x target) mid)
                ((< x target) (loop (+ mid 1) hi))
                (else (loop lo (- mid 1))))))))

(define (prefix-sums v)
  (let* ((n (vector-length v))
         (out (make-vector (+ n 1) 0)))
    (do ((i 0 (+ i 1)))
        ((= i n) out)
      (vector-set! out (+ i 1) (+ (vector-ref out i) (vector-ref v i))))))

(define (range-sum sums i j)   ; sum of v[i..j)
  (- (vector-ref sums j) (vector-ref sums i)))

(define data (vector 34 7 23 32 5 62 14 7 90 1))
(quicksort! data)
(display data) (newline)
(display (binary-search data 32)) (newline)
(display (binary-search data 33)) (newline)
(define sums (prefix-sums data))
(display (range-sum sums 2 5)) (newline)
(display (vector-map (lambda (x) (* 2 x)) #(1 2 3))) (newline)
(vector-for-each (lambda (x) (display x) (display " ")) (vector-copy data 0 3))
(newline)

;;; Heap sort, also in place: build a max-heap, then repeatedly move the
;;; largest element to the end of the shrinking unsorted region.

(define (sift-down! v start end)
  (let loop ((root start))
    (let ((child (+ (* 2 root) 1)))
      (when (< child end)
        (let* ((right (+ child 1))
               (bigger (if (and (< right end)
                                (> (vector-ref v right) (vector-ref v child)))
                           right
                           child)))
          (when (> (vector-ref v bigger) (vector-ref v root))
            (vector-swap! v root bigger)
            (loop bigger)))))))

(define (heapsort! v)
  (let ((n (vector-length v)))
    (do ((i (- (quotient n 2) 1) (- i 1)))
        ((< i 0))
      (sift-down! v i n))
    (do ((end (- n 1) (- end 1)))
        ((<= end 0) v)
      (vector-swap! v 0 end)
      (sift-down! v 0 end))))

;;; Fisher-Yates shuffle with a tiny linear congruential generator,
;;; so the output is reproducible without SRFI 27.

(define (make-lcg seed)
  (let ((state seed))
    (lambda (n)
      (set! state (modulo (+ (* state 1103515245) 12345) 2147483648))
      (modulo state n))))

(define (shuffle! v rand)
  (do ((i (- (vector-length v) 1) (- i 1)))
      ((< i 1) v)
    (vector-swap! v i (rand (+ i 1)))))

(define (vector-sorted? v)
  (let loop ((i 1))
    (or (>= i (vector-length v))
        (and (<= (vector-ref v (- i 1)) (vector-ref v i))
             (loop (+ i 1))))))

(define (iota-list n)
  (let loop ((i (- n 1)) (acc '()))
    (if (< i 0) acc (loop (- i 1) (cons i acc)))))

(let ((v (shuffle! (list->vector (iota-list 20)) (make-lcg 7))))
  (display v) (newline)
  (heapsort! v)
  (display (vector-sorted? v)) (newline))
