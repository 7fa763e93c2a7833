;;; Inventory with R7RS define-record-type

(define-record-type item
  (make-item sku name qty price)
  item?
  (sku item-sku)
  (name item-name)
  (qty item-qty set-item-qty!)
  (price item-price))

(define inventory
  (list (make-item "A-100" "widget" 40 2.50)
        (make-item "B-220" "gizmo" 0 12.00)
        (make-item "C-310" "sprocket" 7 0.75)
        (make-item "D-405" "flange" 15 4.20)))

(define (find-item sku)
  (let loop ((items inventory))
    (cond ((null? items) #f)
          ((string=? (item-sku (car items)) sku) (car items))
          (else (loop (cdr items))))))

(define (restock! sku amount)
  (let ((it (find-item sku)))
    (if it
        (set-item-qty! it (+ (item-qty it) amount))
        (error "no such sku" sku))))

(define (sell! sku amount)
  (let ((it (find-item sku)))
    (cond ((not it) (error "no such sku" sku))
          ((< (item-qty it) amount) #f)
          (else (set-item-qty! it (- (item-qty it) amount))
                (* amount (item-price it))))))

(define (stock-value)
  (apply + (map (lambda (i) (* (item-qty i) (item-price i))) inventory)))

(define (out-of-stock)
  (map item-name
       (let loop ((items inventory) (acc '()))
         (cond ((null? items) (reverse acc))
               ((zero? (item-qty (car items))) (loop (cdr items) (cons (car items) acc)))
               (else (loop (cdr items) acc))))))

(restock! "B-220" 5)
(display (sell! "A-100" 3)) (newline)     ; 7.5
(display (sell! "C-310" 100)) (newline)   ; #f, not enough
(display (stock-value)) (newline)
(display (out-of-stock)) (newline)
