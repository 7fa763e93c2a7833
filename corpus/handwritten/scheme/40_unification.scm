;;; Unification of terms with logic variables, plus a tiny
;;; backtracking query engine in continuation-passing style.
;;; Variables are symbols starting with '?', e.g. ?x.

(define (lvar? x)
  (and (symbol? x)
       (let ((s (symbol->string x)))
         (and (> (string-length s) 1) (char=? (string-ref s 0) #\?)))))

(define empty-subst '())

(define (walk term s)
  (if (lvar? term)
      (let ((b (assq term s)))
        (if b (walk (cdr b) s) term))
      term))

(define (occurs? v term s)
  (let ((term (walk term s)))
    (cond ((lvar? term) (eq? v term))
          ((pair? term) (or (occurs? v (car term) s) (occurs? v (cdr term) s)))
          (else #f))))

(define (extend v term s)
  (if (occurs? v term s) #f (cons (cons v term) s)))

(define (unify a b s)
  (and s
       (let ((a (walk a s)) (b (walk b s)))
         (cond ((eq? a b) s)
               ((lvar? a) (extend a b s))
               ((lvar? b) (extend b a s))
               ((and (pair? a) (pair? b))
                (unify (cdr a) (cdr b) (unify (car a) (car b) s)))
               ((equal? a b) s)
               (else #f)))))

(define (resolve term s)
  (let ((term (walk term s)))
    (if (pair? term)
        (cons (resolve (car term) s) (resolve (cdr term) s))
        term)))

;;; --- a database of facts and rules ---

(define facts
  '((parent tom bob)
    (parent tom liz)
    (parent bob ann)
    (parent bob pat)
    (parent pat jim)))

;; Rename variables in a rule so separate uses don't clash.
(define counter 0)
(define (rename term)
  (set! counter (+ counter 1))
  (let loop ((t term))
    (cond ((lvar? t) (string->symbol (string-append (symbol->string t) "." (number->string counter))))
          ((pair? t) (cons (loop (car t)) (loop (cdr t))))
          (else t))))

(define rules
  '(((grandparent ?x ?z) (parent ?x ?y) (parent ?y ?z))
    ((ancestor ?x ?y) (parent ?x ?y))
    ((ancestor ?x ?y) (parent ?x ?z) (ancestor ?z ?y))))

;; solve: goals, substitution, success continuation (called once per answer)
(define (solve goals s succeed)
  (if (null? goals)
      (succeed s)
      (let ((goal (car goals)) (rest (cdr goals)))
        (for-each
         (lambda (fact)
           (let ((s2 (unify goal fact s)))
             (when s2 (solve rest s2 succeed))))
         facts)
        (for-each
         (lambda (rule)
           (let* ((r (rename rule))
                  (s2 (unify goal (car r) s)))
             (when s2 (solve (append (cdr r) rest) s2 succeed))))
         rules))))

(define (query goal)
  (let ((answers '()))
    (solve (list goal) empty-subst
           (lambda (s) (set! answers (cons (resolve goal s) answers))))
    (reverse answers)))

(for-each (lambda (a) (write a) (newline)) (query '(grandparent tom ?who)))
(for-each (lambda (a) (write a) (newline)) (query '(ancestor ?a jim)))
(write (unify '(f ?x (g ?y)) '(f 1 (g ?x)) empty-subst))
(newline)
