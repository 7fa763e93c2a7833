;;; Functional FIFO queue built from two lists (Okasaki style).
;;; Amortised O(1) enqueue and dequeue.

(define-library (data queue)
  (export make-queue queue? queue-empty? queue-length
          enqueue dequeue queue-front queue->list list->queue)
  (import (scheme base))

  (begin
    (define-record-type <queue>
      (%make-queue front back len)
      queue?
      (front queue-front-list)
      (back queue-back-list)
      (len queue-length))

    (define (make-queue) (%make-queue '() '() 0))

    (define (queue-empty? q) (zero? (queue-length q)))

    ;; Keep the invariant: front is empty only when the whole queue is empty.
    (define (check front back len)
      (if (null? front)
          (%make-queue (reverse back) '() len)
          (%make-queue front back len)))

    (define (enqueue q x)
      (check (queue-front-list q)
             (cons x (queue-back-list q))
             (+ 1 (queue-length q))))

    (define (queue-front q)
      (when (queue-empty? q)
        (error "queue-front: empty queue"))
      (car (queue-front-list q)))

    ;; Returns two values: the front element and the rest of the queue.
    (define (dequeue q)
      (when (queue-empty? q)
        (error "dequeue: empty queue"))
      (values (car (queue-front-list q))
              (check (cdr (queue-front-list q))
                     (queue-back-list q)
                     (- (queue-length q) 1))))

    (define (queue->list q)
      (append (queue-front-list q) (reverse (queue-back-list q))))

    (define (list->queue lst)
      (%make-queue lst '() (length lst)))))
