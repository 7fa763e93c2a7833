#ifndef RINGBUF_H
#define RINGBUF_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

typedef struct {
    uint8_t *buf;
    size_t   cap;   /* must be a power of two */
    volatile size_t head;
    volatile size_t tail;
} ringbuf_t;

void   rb_init(ringbuf_t *rb, uint8_t *storage, size_t cap);
bool   rb_put(ringbuf_t *rb, uint8_t byte);
bool   rb_get(ringbuf_t *rb, uint8_t *out);
size_t rb_count(const ringbuf_t *rb);

static inline bool rb_empty(const ringbuf_t *rb) { return rb->head == rb->tail; }

#endif /* RINGBUF_H */
