;;;; FORMAT directives in anger: an invoice printer

(defstruct line-item description (qty 1) unit-price)

(defparameter *items*
  (list (make-line-item :description "Consulting, March" :qty 12 :unit-price 95.00)
        (make-line-item :description "Travel (train)" :unit-price 143.60)
        (make-line-item :description "Hosting" :qty 3 :unit-price 19.99)))

(defparameter *vat-rate* 0.19)

(defun line-total (item)
  (* (line-item-qty item) (line-item-unit-price item)))

(defun print-invoice (number customer items &optional (stream *standard-output*))
  (let* ((net (reduce #'+ items :key #'line-total))
         (vat (* net *vat-rate*))
         (gross (+ net vat)))
    (format stream "~&INVOICE ~5,'0d~40t~a~%" number customer)
    (format stream "~v,,,'-a~%" 60 "")
    (format stream "~&~30a ~5@a ~10@a ~10@a~%" "Description" "Qty" "Unit" "Total")
    (dolist (it items)
      (format stream "~&~30a ~5d ~10,2f ~10,2f~%"
              (line-item-description it)
              (line-item-qty it)
              (line-item-unit-price it)
              (line-total it)))
    (format stream "~v,,,'-a~%" 60 "")
    (format stream "~&~47@a ~10,2f~%" "Net" net)
    (format stream "~&~47@a ~10,2f~%" (format nil "VAT ~d%" (round (* 100 *vat-rate*))) vat)
    (format stream "~&~47@a ~10,2f~%" "Total EUR" gross)
    (format stream "~&~%~d item~:p. Payment due within ~r days.~%" (length items) 14)
    (format stream "~&Items: ~{~a~^, ~}.~%" (mapcar #'line-item-description items))
    (format stream "~&~:[No discount applied~;Discount applied~].~%" (> gross 2000))
    gross))

(print-invoice 417 "Fjord Analytics AS" *items*)

;; A few more directives for reference:
(format nil "~@r" 1987)               ; "MCMLXXXVII"
(format nil "~:d" 1234567)            ; "1,234,567"
(format nil "~b / ~o / ~x" 42 42 42)  ; "101010 / 52 / 2A"
(format nil "~@(~a~)" "hello world")  ; "Hello world"
(format nil "~[zero~;one~;two~:;many~]" 5)
