(import (chezscheme))

(define-record-type transaction
  (fields date (mutable amount) memo)
  (nongenerative transaction-v1))

(define ledger
  (list (make-transaction "2024-03-01" 1200 "salary")
        (make-transaction "2024-03-02" -45 "groceries")
        (make-transaction "2024-03-05" -800 "rent")
        (make-transaction "2024-03-09" -23 "books")))

(define (balance txs)
  (fold-left (lambda (acc t) (+ acc (transaction-amount t))) 0 txs))

(define (expenses txs)
  (filter (lambda (t) (negative? (transaction-amount t))) txs))

(printf "balance: ~a~%" (balance ledger))
(for-each (lambda (t) (printf "~a ~10a ~6d~%" (transaction-date t) (transaction-memo t) (transaction-amount t)))
          (sort (lambda (a b) (< (transaction-amount a) (transaction-amount b))) (expenses ledger)))
