;;;; A tiny text adventure, in the spirit of "Land of Lisp"

(defpackage :cave
  (:use :cl)
  (:export #:play))
(in-package :cave)

(defparameter *rooms*
  '((entrance  "You stand at the mouth of a damp cave. Daylight is behind you.")
    (tunnel    "A narrow tunnel. Water drips somewhere in the dark.")
    (cavern    "A vast cavern. Your footsteps echo off distant walls.")
    (lake      "An underground lake, black and perfectly still.")
    (treasury  "A small chamber glittering with old coins.")))

(defparameter *exits*
  '((entrance (north tunnel))
    (tunnel   (south entrance) (east cavern))
    (cavern   (west tunnel) (down lake) (north treasury :locked))
    (lake     (up cavern))
    (treasury (south cavern))))

(defparameter *object-locations*
  '((lantern entrance)
    (rope tunnel)
    (key lake)
    (crown treasury)))

(defvar *location* 'entrance)
(defvar *inventory* '())
(defvar *moves* 0)
(defvar *unlocked* nil)

(defun describe-room (room)
  (second (assoc room *rooms*)))

(defun exits-from (room)
  (rest (assoc room *exits*)))

(defun objects-at (room)
  (loop for (obj loc) in *object-locations*
        when (eq loc room) collect obj))

(defun dark-p (room)
  (and (member room '(cavern lake treasury))
       (not (member 'lantern *inventory*))))

(defun look ()
  (if (dark-p *location*)
      (format t "~&It is pitch dark. You might be eaten by something.~%")
      (progn
        (format t "~&~a~%" (describe-room *location*))
        (let ((exits (exits-from *location*)))
          (format t "~&Exits: ~{~(~a~)~^, ~}.~%" (mapcar #'first exits)))
        (let ((objs (objects-at *location*)))
          (when objs
            (format t "~&You see: ~{a ~(~a~)~^, ~}.~%" objs))))))

(defun walk (direction)
  (let ((exit (assoc direction (exits-from *location*))))
    (cond ((null exit)
           (format t "~&You can't go that way.~%"))
          ((and (eq (third exit) :locked) (not *unlocked*))
           (format t "~&A heavy door blocks the way. It is locked.~%"))
          (t
           (setf *location* (second exit))
           (incf *moves*)
           (look)))))

(defun take (object)
  (cond ((dark-p *location*)
         (format t "~&You fumble around in the dark and find nothing.~%"))
        ((member object (objects-at *location*))
         (setf *object-locations* (remove object *object-locations* :key #'first))
         (push object *inventory*)
         (format t "~&Taken: ~(~a~).~%" object))
        (t (format t "~&There is no ~(~a~) here.~%" object))))

(defun drop (object)
  (if (member object *inventory*)
      (progn
        (setf *inventory* (remove object *inventory*))
        (push (list object *location*) *object-locations*)
        (format t "~&Dropped.~%"))
      (format t "~&You don't have that.~%")))

(defun unlock ()
  (cond ((not (eq *location* 'cavern))
         (format t "~&There's nothing to unlock here.~%"))
        ((not (member 'key *inventory*))
         (format t "~&You need a key.~%"))
        (t (setf *unlocked* t)
           (format t "~&The key turns with a groan. The north door opens.~%"))))

(defun inventory ()
  (if *inventory*
      (format t "~&You carry: ~{~(~a~)~^, ~}.~%" *inventory*)
      (format t "~&Your hands are empty.~%")))

(defun won-p ()
  (and (member 'crown *inventory*) (eq *location* 'entrance)))

(defun read-command ()
  (format t "~&> ")
  (finish-output)
  (let ((line (read-line *standard-input* nil "quit")))
    (with-input-from-string (s line)
      (loop for tok = (read s nil nil)
            while tok collect tok))))

(defun dispatch (cmd)
  (destructuring-bind (&optional verb arg) cmd
    (case verb
      ((look l) (look))
      ((go walk) (walk arg))
      ((north south east west up down) (walk verb))
      ((n) (walk 'north))
      ((s) (walk 'south))
      ((take get) (take arg))
      ((drop) (drop arg))
      ((unlock) (unlock))
      ((inventory i) (inventory))
      ((help) (format t "~&Try: look, go north, take lantern, unlock, inventory, quit~%"))
      ((quit q) :quit)
      ((nil) nil)
      (t (format t "~&I don't know how to ~(~a~).~%" verb)))))

(defun play ()
  (setf *location* 'entrance *inventory* '() *moves* 0 *unlocked* nil)
  (look)
  (loop for cmd = (read-command)
        for result = (dispatch cmd)
        until (eq result :quit)
        when (won-p)
          do (format t "~&You walk into the daylight with the crown. You win in ~d moves!~%" *moves*)
             (return))
  (format t "~&Goodbye.~%"))
