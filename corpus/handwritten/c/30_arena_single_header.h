/* arena.h - single-header bump allocator
 *
 * In exactly one .c file:
 *     #define ARENA_IMPLEMENTATION
 *     #include "arena.h"
 */
#ifndef ARENA_H_INCLUDED
#define ARENA_H_INCLUDED

#include <stddef.h>

#ifndef ARENA_DEF
#define ARENA_DEF extern
#endif

typedef struct ArenaBlock ArenaBlock;

typedef struct Arena {
    ArenaBlock *head;
    size_t block_size;
    size_t total;
} Arena;

ARENA_DEF void  arena_init(Arena *a, size_t block_size);
ARENA_DEF void *arena_alloc(Arena *a, size_t size, size_t align);
ARENA_DEF char *arena_strdup(Arena *a, const char *s);
ARENA_DEF void  arena_reset(Arena *a);
ARENA_DEF void  arena_free(Arena *a);

#define ARENA_NEW(a, T)        ((T *)arena_alloc((a), sizeof(T), _Alignof(T)))
#define ARENA_ARRAY(a, T, n)   ((T *)arena_alloc((a), sizeof(T) * (n), _Alignof(T)))

#endif /* ARENA_H_INCLUDED */

#ifdef ARENA_IMPLEMENTATION
#ifndef ARENA_IMPLEMENTED
#define ARENA_IMPLEMENTED

#include <stdlib.h>
#include <string.h>
#include <stdint.h>

struct ArenaBlock {
    ArenaBlock *next;
    size_t cap;
    size_t used;
    unsigned char data[];
};

static ArenaBlock *arena__new_block(size_t cap)
{
    ArenaBlock *b = malloc(sizeof *b + cap);
    if (!b) return NULL;
    b->next = NULL;
    b->cap = cap;
    b->used = 0;
    return b;
}

ARENA_DEF void arena_init(Arena *a, size_t block_size)
{
    a->head = NULL;
    a->block_size = block_size ? block_size : 64 * 1024;
    a->total = 0;
}

ARENA_DEF void *arena_alloc(Arena *a, size_t size, size_t align)
{
    ArenaBlock *b = a->head;
    uintptr_t p;

    if (b) {
        p = ((uintptr_t)(b->data + b->used) + (align - 1)) & ~(uintptr_t)(align - 1);
        if (p + size <= (uintptr_t)(b->data + b->cap)) {
            b->used = (size_t)(p - (uintptr_t)b->data) + size;
            a->total += size;
            return (void *)p;
        }
    }

    b = arena__new_block(size + align > a->block_size ? size + align : a->block_size);
    if (!b) return NULL;
    b->next = a->head;
    a->head = b;

    p = ((uintptr_t)b->data + (align - 1)) & ~(uintptr_t)(align - 1);
    b->used = (size_t)(p - (uintptr_t)b->data) + size;
    a->total += size;
    return (void *)p;
}

ARENA_DEF char *arena_strdup(Arena *a, const char *s)
{
    size_t n = strlen(s) + 1;
    char *d = arena_alloc(a, n, 1);
    if (d) memcpy(d, s, n);
    return d;
}

ARENA_DEF void arena_reset(Arena *a)
{
    ArenaBlock *b;
    for (b = a->head; b; b = b->next)
        b->used = 0;
    a->total = 0;
}

ARENA_DEF void arena_free(Arena *a)
{
    ArenaBlock *b = a->head;
    while (b) {
        ArenaBlock *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
    a->total = 0;
}

#endif /* ARENA_IMPLEMENTED */
#endif /* ARENA_IMPLEMENTATION */
