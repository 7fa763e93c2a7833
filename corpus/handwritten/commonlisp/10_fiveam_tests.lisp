;;;; tests/markup-tests.lisp

(defpackage #:weblog/tests
  (:use #:cl #:fiveam)
  (:import-from #:weblog #:render-markup #:slugify #:make-post #:post-slug))
(in-package #:weblog/tests)

(def-suite :weblog :description "All weblog tests")
(def-suite markup :in :weblog)
(in-suite markup)

(test paragraphs
  (is (string= "<p>hello</p>" (render-markup "hello")))
  (is (string= "<p>a</p><p>b</p>" (render-markup (format nil "a~%~%b")))))

(test emphasis
  (is (string= "<p><em>x</em> and <strong>y</strong></p>"
               (render-markup "*x* and **y**"))))

(test escaping
  (is (search "&lt;script&gt;" (render-markup "<script>alert(1)</script>")))
  (is-false (search "<script>" (render-markup "<script>"))))

(test slugs
  (is (string= "hello-world" (slugify "Hello, World!")))
  (is (string= "lisp-in-2024" (slugify "  Lisp in 2024  ")))
  (signals error (slugify nil)))

(test post-gets-slug-from-title
  (let ((p (make-post :title "Why I Still Use Emacs" :body "...")))
    (is (equal "why-i-still-use-emacs" (post-slug p)))))

(def-suite store :in :weblog)
(in-suite store)

(defmacro with-temp-store ((var) &body body)
  `(let ((,var (weblog::make-memory-store)))
     ,@body))

(test add-and-find
  (with-temp-store (s)
    (weblog::store-add s (make-post :title "One" :body "1"))
    (is (= 1 (weblog::store-count s)))
    (is-true (weblog::store-find s "one"))
    (is (null (weblog::store-find s "two")))))

(test ordering-newest-first
  (with-temp-store (s)
    (dolist (title '("a" "b" "c"))
      (weblog::store-add s (make-post :title title :body "")))
    (is (equal '("c" "b" "a")
               (mapcar #'post-slug (weblog::store-recent s 10))))))
