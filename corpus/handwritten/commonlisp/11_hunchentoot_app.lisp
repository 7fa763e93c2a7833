;;;; src/routes.lisp -- HTTP handlers

(in-package #:weblog)

(defvar *acceptor* nil)
(defparameter *posts-per-page* 10)

(defmacro with-page ((&key (title "weblog")) &body body)
  `(cl-who:with-html-output-to-string (s nil :prologue t :indent t)
     (:html
      (:head
       (:meta :charset "utf-8")
       (:title (cl-who:str ,title))
       (:link :rel "stylesheet" :href "/static/site.css"))
      (:body
       (:header (:a :href "/" "weblog"))
       (:main ,@body)
       (:footer "Powered by Common Lisp")))))

(hunchentoot:define-easy-handler (index :uri "/") ((page :parameter-type 'integer))
  (let* ((page (max 1 (or page 1)))
         (posts (store-recent *store* *posts-per-page*
                              :offset (* (1- page) *posts-per-page*))))
    (with-page (:title "Latest posts")
      (:h1 "Latest posts")
      (if (null posts)
          (cl-who:htm (:p "Nothing here yet."))
          (dolist (p posts)
            (cl-who:htm
             (:article
              (:h2 (:a :href (format nil "/post/~a" (post-slug p))
                       (cl-who:esc (post-title p))))
              (:time (cl-who:str (local-time:format-timestring
                                  nil (post-created p)
                                  :format '(:long-month " " :day ", " :year))))))))
      (:nav
       (when (> page 1)
         (cl-who:htm (:a :href (format nil "/?page=~d" (1- page)) "← newer")))
       (when (= (length posts) *posts-per-page*)
         (cl-who:htm (:a :href (format nil "/?page=~d" (1+ page)) "older →")))))))

(defun post-handler ()
  (let* ((slug (cl-ppcre:register-groups-bind (s) ("^/post/([a-z0-9-]+)$" (hunchentoot:script-name*)) s))
         (post (and slug (store-find *store* slug))))
    (cond (post
           (with-page (:title (post-title post))
             (:article
              (:h1 (cl-who:esc (post-title post)))
              (cl-who:str (render-markup (post-body post))))))
          (t
           (setf (hunchentoot:return-code*) hunchentoot:+http-not-found+)
           (with-page (:title "Not found")
             (:h1 "404")
             (:p "No such post."))))))

(push (hunchentoot:create-regex-dispatcher "^/post/" 'post-handler)
      hunchentoot:*dispatch-table*)

(push (hunchentoot:create-folder-dispatcher-and-handler "/static/" #p"static/")
      hunchentoot:*dispatch-table*)

(defun start (&key (port 4242))
  (when *acceptor* (stop))
  (setf *acceptor* (make-instance 'hunchentoot:easy-acceptor :port port))
  (hunchentoot:start *acceptor*)
  (format t "~&weblog listening on http://localhost:~d/~%" port))

(defun stop ()
  (when *acceptor*
    (hunchentoot:stop *acceptor*)
    (setf *acceptor* nil)))
