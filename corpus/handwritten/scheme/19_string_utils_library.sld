(define-library (util strings)
  (export string-split string-join string-trim-both string-prefix?
          string-suffix? string-replace-all string-pad-left)
  (import (scheme base)
          (scheme char))

  (begin
    (define (string-split str ch)
      (let loop ((i 0) (start 0) (acc '()))
        (cond ((= i (string-length str))
               (reverse (cons (substring str start i) acc)))
              ((char=? (string-ref str i) ch)
               (loop (+ i 1) (+ i 1) (cons (substring str start i) acc)))
              (else (loop (+ i 1) start acc)))))

    (define (string-join parts sep)
      (cond ((null? parts) "")
            ((null? (cdr parts)) (car parts))
            (else (string-append (car parts) sep (string-join (cdr parts) sep)))))

    (define (string-trim-both s)
      (let* ((n (string-length s))
             (start (let loop ((i 0))
                      (if (and (< i n) (char-whitespace? (string-ref s i)))
                          (loop (+ i 1))
                          i)))
             (end (let loop ((i n))
                    (if (and (> i start) (char-whitespace? (string-ref s (- i 1))))
                        (loop (- i 1))
                        i))))
        (substring s start end)))

    (define (string-prefix? prefix s)
      (and (<= (string-length prefix) (string-length s))
           (string=? prefix (substring s 0 (string-length prefix)))))

    (define (string-suffix? suffix s)
      (let ((ls (string-length s)) (lx (string-length suffix)))
        (and (<= lx ls)
             (string=? suffix (substring s (- ls lx) ls)))))

    (define (string-replace-all s from to)
      (let ((lf (string-length from)) (ls (string-length s)))
        (if (zero? lf)
            s
            (let loop ((i 0) (start 0) (acc '()))
              (cond ((> (+ i lf) ls)
                     (apply string-append (reverse (cons (substring s start ls) acc))))
                    ((string=? from (substring s i (+ i lf)))
                     (loop (+ i lf) (+ i lf) (cons to (cons (substring s start i) acc))))
                    (else (loop (+ i 1) start acc)))))))

    (define (string-pad-left s width . maybe-char)
      (let ((c (if (pair? maybe-char) (car maybe-char) #\space))
            (n (string-length s)))
        (if (>= n width)
            s
            (string-append (make-string (- width n) c) s))))))
