#ifndef VEC_H
#define VEC_H

#include <stdlib.h>
#include <string.h>

/*
 * Poor man's generics: DECLARE_VEC(int, ivec) generates
 *   typedef struct { int *items; size_t len, cap; } ivec;
 *   ivec_push(), ivec_pop(), ivec_free(), ...
 */
#define DECLARE_VEC(T, name)                                              \
    typedef struct { T *items; size_t len, cap; } name;                   \
                                                                          \
    static inline int name##_reserve(name *v, size_t n)                   \
    {                                                                     \
        if (n <= v->cap) return 0;                                        \
        size_t cap = v->cap ? v->cap * 2 : 8;                             \
        while (cap < n) cap *= 2;                                         \
        T *p = (T *)realloc(v->items, cap * sizeof(T));                   \
        if (!p) return -1;                                                \
        v->items = p;                                                     \
        v->cap = cap;                                                     \
        return 0;                                                         \
    }                                                                     \
                                                                          \
    static inline int name##_push(name *v, T x)                           \
    {                                                                     \
        if (name##_reserve(v, v->len + 1)) return -1;                     \
        v->items[v->len++] = x;                                           \
        return 0;                                                         \
    }                                                                     \
                                                                          \
    static inline T name##_pop(name *v) { return v->items[--v->len]; }   \
                                                                          \
    static inline void name##_remove(name *v, size_t i)                   \
    {                                                                     \
        memmove(&v->items[i], &v->items[i + 1],                           \
                (v->len - i - 1) * sizeof(T));                            \
        v->len--;                                                         \
    }                                                                     \
                                                                          \
    static inline void name##_free(name *v)                               \
    {                                                                     \
        free(v->items);                                                   \
        v->items = NULL;                                                  \
        v->len = v->cap = 0;                                              \
    }

#define VEC_FOREACH(v, it) \
    for ((it) = (v)->items; (it) < (v)->items + (v)->len; (it)++)

DECLARE_VEC(int, IntVec)
DECLARE_VEC(double, DoubleVec)
DECLARE_VEC(char *, StrVec)

#endif
