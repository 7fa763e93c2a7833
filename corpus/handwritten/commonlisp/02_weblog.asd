;;;; weblog.asd

(asdf:defsystem #:weblog
  :description "A small blogging engine on top of Hunchentoot"
  :author "Mira Sato <mira@example.org>"
  :license "MIT"
  :version "0.4.2"
  :serial t
  :depends-on (#:hunchentoot
               #:cl-who
               #:local-time
               #:cl-ppcre
               #:alexandria)
  :pathname "src/"
  :components ((:file "package")
               (:file "config")
               (:module "model"
                :components ((:file "post")
                             (:file "store")))
               (:file "markup")
               (:file "views")
               (:file "routes")
               (:file "main"))
  :in-order-to ((test-op (test-op #:weblog/tests))))

(asdf:defsystem #:weblog/tests
  :depends-on (#:weblog #:fiveam)
  :pathname "tests/"
  :components ((:file "suite")
               (:file "markup-tests")
               (:file "store-tests"))
  :perform (test-op (o c) (symbol-call :fiveam :run! :weblog)))
