;;;; CLOS: classes, generic functions, method combination

(defpackage :shapes
  (:use :cl))
(in-package :shapes)

(defclass shape ()
  ((name :initarg :name :accessor shape-name :initform "shape")
   (colour :initarg :colour :accessor colour :initform :black)))

(defclass circle (shape)
  ((radius :initarg :radius :accessor radius)))

(defclass rectangle (shape)
  ((width :initarg :width :accessor width)
   (height :initarg :height :accessor height)))

(defclass square (rectangle) ()
  (:default-initargs :name "square"))

(defmethod initialize-instance :after ((s square) &key side)
  (when side
    (setf (width s) side
          (height s) side)))

(defgeneric area (shape)
  (:documentation "Return the area of SHAPE."))

(defmethod area ((c circle))
  (* pi (expt (radius c) 2)))

(defmethod area ((r rectangle))
  (* (width r) (height r)))

(defgeneric describe-shape (shape stream))

(defmethod describe-shape ((s shape) stream)
  (format stream "~a (~(~a~)) with area ~,2f" (shape-name s) (colour s) (area s)))

(defmethod describe-shape :before ((s shape) stream)
  (format stream "~&* "))

(defmethod describe-shape :after ((c circle) stream)
  (format stream ", radius ~a" (radius c)))

(defmethod print-object ((s shape) stream)
  (print-unreadable-object (s stream :type t)
    (format stream "~a ~,1f" (shape-name s) (area s))))

(defgeneric intersects-p (a b))

(defmethod intersects-p ((a shape) (b shape))
  (declare (ignore a b))
  :unknown)

(defmethod intersects-p ((a circle) (b circle))
  :compute-distance)

;;; Method combination: :around methods can wrap the whole computation,
;;; here to cache areas of shapes that don't change.

(defvar *area-cache* (make-hash-table :test #'eq :weakness :key))

(defmethod area :around ((s shape))
  (multiple-value-bind (cached found) (gethash s *area-cache*)
    (if found
        cached
        (setf (gethash s *area-cache*) (call-next-method)))))

(defmethod (setf radius) :after (new-value (c circle))
  (declare (ignore new-value))
  (remhash c *area-cache*))

;;; A generic function with the built-in + method combination:
;;; every applicable method contributes to the sum.

(defgeneric cost (shape)
  (:method-combination +))

(defmethod cost + ((s shape)) 1)                      ; base handling fee
(defmethod cost + ((c circle)) (* 0.5 (radius c)))    ; cutting curves is slower
(defmethod cost + ((r rectangle)) (* 0.1 (+ (width r) (height r))))

(defun demo ()
  (let ((shapes (list (make-instance 'circle :name "coin" :radius 1.2 :colour :gold)
                      (make-instance 'rectangle :name "card" :width 8.5 :height 5.4)
                      (make-instance 'square :side 3 :colour :red))))
    (dolist (s shapes)
      (describe-shape s *standard-output*))
    (terpri)
    (print shapes)
    (format t "~&total area: ~,3f~%" (reduce #'+ shapes :key #'area))
    (format t "~a~%" (intersects-p (first shapes) (first shapes)))
    (format t "~a~%" (intersects-p (first shapes) (second shapes)))
    (format t "~&costs: ~{~,2f~^ ~}~%" (mapcar #'cost shapes))
    (setf (radius (first shapes)) 2)
    (format t "~&new coin area: ~,2f~%" (area (first shapes)))))
