(defsystem "geometry"
  :version "1.0.0"
  :depends-on ()
  :components ((:file "vectors")
               (:file "polygons" :depends-on ("vectors")))
  :in-order-to ((test-op (test-op "geometry/test"))))

(defsystem "geometry/test"
  :depends-on ("geometry" "parachute")
  :components ((:file "test"))
  :perform (test-op (op c) (symbol-call :parachute :test :geometry/test)))
