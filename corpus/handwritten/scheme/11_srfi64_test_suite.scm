;;; tests.scm -- SRFI 64 tests for (data queue) and (util strings)
;;; Run with e.g.:  chibi-scheme -I . tests.scm
;;;            or:  gsi -:r7rs . tests.scm

(import (scheme base)
        (scheme write)
        (srfi 64)
        (data queue)
        (util strings))

(test-begin "queue")

(test-group "construction"
  (test-assert "empty queue is empty" (queue-empty? (make-queue)))
  (test-equal "length of empty" 0 (queue-length (make-queue)))
  (test-equal "list->queue keeps order" '(1 2 3)
    (queue->list (list->queue '(1 2 3))))
  (test-assert "queue? on a queue" (queue? (make-queue)))
  (test-assert "queue? on a list" (not (queue? '(1 2 3)))))

(test-group "enqueue/dequeue"
  (define q (enqueue (enqueue (enqueue (make-queue) 'a) 'b) 'c))
  (test-equal 3 (queue-length q))
  (test-eq 'a (queue-front q))
  (call-with-values (lambda () (dequeue q))
    (lambda (x rest)
      (test-eq "front value" 'a x)
      (test-equal "rest" '(b c) (queue->list rest))
      (test-eqv 2 (queue-length rest))))
  (test-assert "original unchanged" (= 3 (queue-length q))))

(test-group "interleaved operations"
  (let*-values (((q) (list->queue '(1 2)))
                ((x q) (dequeue q))
                ((q) (enqueue q 3))
                ((y q) (dequeue q))
                ((z q) (dequeue q)))
    (test-equal '(1 2 3) (list x y z))
    (test-assert (queue-empty? q))))

(test-group "errors"
  (test-error "dequeue empty" (dequeue (make-queue)))
  (test-error "front of empty" (queue-front (make-queue))))

(test-group "many elements"
  (let loop ((i 0) (q (make-queue)))
    (if (< i 1000)
        (loop (+ i 1) (enqueue q i))
        (begin
          (test-equal 1000 (queue-length q))
          (test-equal 0 (queue-front q))
          (test-equal 999 (list-ref (queue->list q) 999))))))

(test-end "queue")

(test-begin "strings")

(test-group "string-split"
  (test-equal '("a" "b" "c") (string-split "a,b,c" #\,))
  (test-equal '("" "x" "") (string-split ",x," #\,))
  (test-equal '("no separator") (string-split "no separator" #\,))
  (test-equal '("") (string-split "" #\,)))

(test-group "string-join"
  (test-equal "" (string-join '() ", "))
  (test-equal "one" (string-join '("one") ", "))
  (test-equal "a/b/c" (string-join '("a" "b" "c") "/"))
  (test-equal "round trip" "x,y,z"
    (string-join (string-split "x,y,z" #\,) ",")))

(test-group "trimming"
  (test-equal "hello" (string-trim-both "  hello\t\n"))
  (test-equal "" (string-trim-both "   "))
  (test-equal "a b" (string-trim-both "a b")))

(test-group "prefix and suffix"
  (test-assert (string-prefix? "foo" "foobar"))
  (test-assert (not (string-prefix? "bar" "foobar")))
  (test-assert (string-prefix? "" "anything"))
  (test-assert (string-suffix? ".scm" "tests.scm"))
  (test-assert (not (string-suffix? "long-suffix" "short"))))

(test-group "replace-all"
  (test-equal "a-b-c" (string-replace-all "a b c" " " "-"))
  (test-equal "xyzxyz" (string-replace-all "aa" "a" "xyz"))
  (test-equal "unchanged" (string-replace-all "unchanged" "q" "z"))
  (test-equal "empty pattern is a no-op" "abc" (string-replace-all "abc" "" "!")))

(test-group "padding"
  (test-equal "   42" (string-pad-left "42" 5))
  (test-equal "00042" (string-pad-left "42" 5 #\0))
  (test-equal "toolong" (string-pad-left "toolong" 3)))

(test-end "strings")

;; Exit with a non-zero status if anything failed, so CI notices.
(let ((runner (test-runner-current)))
  (when runner
    (exit (zero? (test-runner-fail-count runner)))))
