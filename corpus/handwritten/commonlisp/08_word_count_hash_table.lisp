;;;; Word frequencies with a hash table

(defun tokenize (text)
  (let ((words '()) (current (make-string-output-stream)))
    (flet ((flush ()
             (let ((w (get-output-stream-string current)))
               (when (plusp (length w)) (push w words)))))
      (loop for ch across text
            do (if (alpha-char-p ch)
                   (write-char (char-downcase ch) current)
                   (flush)))
      (flush))
    (nreverse words)))

(defun word-frequencies (text &key (stop-words '("the" "a" "an" "and" "of" "to")))
  (let ((counts (make-hash-table :test #'equal)))
    (dolist (w (tokenize text))
      (unless (member w stop-words :test #'string=)
        (incf (gethash w counts 0))))
    counts))

(defun top-n (counts n)
  (let ((pairs '()))
    (maphash (lambda (k v) (push (cons k v) pairs)) counts)
    (subseq (sort pairs (lambda (a b)
                          (or (> (cdr a) (cdr b))
                              (and (= (cdr a) (cdr b)) (string< (car a) (car b))))))
            0 (min n (length pairs)))))

(defun file-contents (path)
  (with-open-file (in path)
    (let ((s (make-string (file-length in))))
      (subseq s 0 (read-sequence s in)))))

(let ((text "It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief."))
  (loop for (word . n) in (top-n (word-frequencies text) 5)
        do (format t "~12a ~3d ~v@{~a~:*~}~%" word n n "*")))
