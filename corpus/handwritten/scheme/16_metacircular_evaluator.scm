;;; A small metacircular evaluator, after SICP chapter 4.
;;; Supports: numbers, strings, booleans, quote, if, cond, define, set!,
;;; lambda, let, begin, and primitive procedures.

;;;; ---- environments ----

(define (make-frame vars vals) (map cons vars vals))
(define the-empty-environment '())
(define (first-frame env) (car env))
(define (enclosing-environment env) (cdr env))

(define (extend-environment vars vals base-env)
  (if (= (length vars) (length vals))
      (cons (make-frame vars vals) base-env)
      (error "Arity mismatch" vars vals)))

(define (lookup-variable-value var env)
  (let scan ((env env))
    (if (eq? env the-empty-environment)
        (error "Unbound variable" var)
        (let ((binding (assq var (first-frame env))))
          (if binding
              (cdr binding)
              (scan (enclosing-environment env)))))))

(define (set-variable-value! var val env)
  (let scan ((env env))
    (if (eq? env the-empty-environment)
        (error "Unbound variable -- SET!" var)
        (let ((binding (assq var (first-frame env))))
          (if binding
              (set-cdr! binding val)
              (scan (enclosing-environment env)))))))

(define (define-variable! var val env)
  (let ((binding (assq var (first-frame env))))
    (if binding
        (set-cdr! binding val)
        (set-car! env (cons (cons var val) (first-frame env))))))

;;;; ---- syntax ----

(define (tagged-list? exp tag) (and (pair? exp) (eq? (car exp) tag)))

(define (self-evaluating? exp)
  (or (number? exp) (string? exp) (boolean? exp) (char? exp)))

(define (variable? exp) (symbol? exp))

(define (definition-variable exp)
  (if (symbol? (cadr exp)) (cadr exp) (caadr exp)))

(define (definition-value exp)
  (if (symbol? (cadr exp))
      (caddr exp)
      (cons 'lambda (cons (cdadr exp) (cddr exp)))))

(define (make-procedure params body env) (list 'procedure params body env))
(define (compound-procedure? p) (tagged-list? p 'procedure))
(define (procedure-parameters p) (cadr p))
(define (procedure-body p) (caddr p))
(define (procedure-environment p) (cadddr p))

(define (primitive-procedure? p) (tagged-list? p 'primitive))
(define (primitive-implementation p) (cadr p))

(define (cond->if clauses)
  (if (null? clauses)
      #f
      (let ((first (car clauses)) (rest (cdr clauses)))
        (if (eq? (car first) 'else)
            (cons 'begin (cdr first))
            (list 'if (car first)
                  (cons 'begin (cdr first))
                  (cond->if rest))))))

(define (let->combination exp)
  (let ((bindings (cadr exp)) (body (cddr exp)))
    (cons (cons 'lambda (cons (map car bindings) body))
          (map cadr bindings))))

;;;; ---- eval / apply ----

(define (m-eval exp env)
  (cond ((self-evaluating? exp) exp)
        ((variable? exp) (lookup-variable-value exp env))
        ((tagged-list? exp 'quote) (cadr exp))
        ((tagged-list? exp 'set!)
         (set-variable-value! (cadr exp) (m-eval (caddr exp) env) env)
         'ok)
        ((tagged-list? exp 'define)
         (define-variable! (definition-variable exp)
                           (m-eval (definition-value exp) env)
                           env)
         'ok)
        ((tagged-list? exp 'if)
         (if (m-eval (cadr exp) env)
             (m-eval (caddr exp) env)
             (if (null? (cdddr exp)) #f (m-eval (cadddr exp) env))))
        ((tagged-list? exp 'lambda)
         (make-procedure (cadr exp) (cddr exp) env))
        ((tagged-list? exp 'begin) (eval-sequence (cdr exp) env))
        ((tagged-list? exp 'cond) (m-eval (cond->if (cdr exp)) env))
        ((tagged-list? exp 'let) (m-eval (let->combination exp) env))
        ((pair? exp)
         (m-apply (m-eval (car exp) env)
                  (map (lambda (e) (m-eval e env)) (cdr exp))))
        (else (error "Unknown expression type" exp))))

(define (eval-sequence exps env)
  (cond ((null? (cdr exps)) (m-eval (car exps) env))
        (else (m-eval (car exps) env)
              (eval-sequence (cdr exps) env))))

(define (m-apply procedure arguments)
  (cond ((primitive-procedure? procedure)
         (apply (primitive-implementation procedure) arguments))
        ((compound-procedure? procedure)
         (eval-sequence
          (procedure-body procedure)
          (extend-environment (procedure-parameters procedure)
                              arguments
                              (procedure-environment procedure))))
        (else (error "Unknown procedure type" procedure))))

;;;; ---- global environment and driver ----

(define primitives
  `((car ,car) (cdr ,cdr) (cons ,cons) (null? ,null?) (list ,list)
    (+ ,+) (- ,-) (* ,*) (/ ,/) (= ,=) (< ,<) (> ,>)
    (display ,display) (newline ,newline)))

(define (setup-environment)
  (extend-environment (map car primitives)
                      (map (lambda (p) (list 'primitive (cadr p))) primitives)
                      the-empty-environment))

(define the-global-environment (setup-environment))

(define (run . exps)
  (let loop ((exps exps) (result #f))
    (if (null? exps)
        result
        (loop (cdr exps) (m-eval (car exps) the-global-environment)))))

(display
 (run '(define (fact n) (if (= n 0) 1 (* n (fact (- n 1)))))
      '(define (map f xs) (if (null? xs) '() (cons (f (car xs)) (map f (cdr xs)))))
      '(map fact (list 1 2 3 4 5 10))))
(newline)

(display
 (run '(define counter 0)
      '(define (bump!) (set! counter (+ counter 1)) counter)
      '(bump!) '(bump!)
      '(let ((x 10) (y 32)) (cond ((> x y) 'x) (else (+ x y counter))))))
(newline)

;; A tiny REPL
(define (driver-loop)
  (display ";;; M-Eval input: ")
  (let ((input (read)))
    (unless (eof-object? input)
      (let ((output (m-eval input the-global-environment)))
        (display ";;; M-Eval value: ")
        (if (compound-procedure? output)
            (display (list 'compound-procedure (procedure-parameters output) '<body>))
            (write output))
        (newline)
        (driver-loop)))))
