/*
 * Open-addressing string -> int map with linear probing.
 */
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <stdio.h>

typedef struct {
    char    *key;
    int      value;
    uint32_t hash;
} entry_t;

typedef struct {
    entry_t *slots;
    size_t   cap;
    size_t   len;
} strmap_t;

#define TOMBSTONE ((char *)-1)

static uint32_t fnv1a(const char *s)
{
    uint32_t h = 2166136261u;
    while (*s) {
        h ^= (unsigned char)*s++;
        h *= 16777619u;
    }
    return h;
}

static int strmap_grow(strmap_t *m);

int strmap_init(strmap_t *m, size_t cap)
{
    size_t c = 8;
    while (c < cap) c <<= 1;
    m->slots = calloc(c, sizeof *m->slots);
    if (!m->slots) return -1;
    m->cap = c;
    m->len = 0;
    return 0;
}

void strmap_free(strmap_t *m)
{
    size_t i;
    for (i = 0; i < m->cap; i++)
        if (m->slots[i].key && m->slots[i].key != TOMBSTONE)
            free(m->slots[i].key);
    free(m->slots);
    m->slots = NULL;
    m->cap = m->len = 0;
}

int strmap_put(strmap_t *m, const char *key, int value)
{
    uint32_t h;
    size_t i, mask;
    entry_t *tomb = NULL;

    if ((m->len + 1) * 4 > m->cap * 3 && strmap_grow(m) != 0)
        return -1;

    h = fnv1a(key);
    mask = m->cap - 1;
    for (i = h & mask;; i = (i + 1) & mask) {
        entry_t *e = &m->slots[i];
        if (e->key == NULL) {
            if (tomb) e = tomb;
            e->key = strdup(key);
            if (!e->key) return -1;
            e->value = value;
            e->hash = h;
            m->len++;
            return 0;
        }
        if (e->key == TOMBSTONE) {
            if (!tomb) tomb = e;
            continue;
        }
        if (e->hash == h && strcmp(e->key, key) == 0) {
            e->value = value;
            return 0;
        }
    }
}

int *strmap_get(strmap_t *m, const char *key)
{
    uint32_t h = fnv1a(key);
    size_t mask = m->cap - 1, i;
    for (i = h & mask; m->slots[i].key; i = (i + 1) & mask) {
        entry_t *e = &m->slots[i];
        if (e->key != TOMBSTONE && e->hash == h && strcmp(e->key, key) == 0)
            return &e->value;
    }
    return NULL;
}

int strmap_del(strmap_t *m, const char *key)
{
    uint32_t h = fnv1a(key);
    size_t mask = m->cap - 1, i;
    for (i = h & mask; m->slots[i].key; i = (i + 1) & mask) {
        entry_t *e = &m->slots[i];
        if (e->key != TOMBSTONE && e->hash == h && strcmp(e->key, key) == 0) {
            free(e->key);
            e->key = TOMBSTONE;
            m->len--;
            return 1;
        }
    }
    return 0;
}

static int strmap_grow(strmap_t *m)
{
    strmap_t bigger;
    size_t i;
    if (strmap_init(&bigger, m->cap * 2) != 0)
        return -1;
    for (i = 0; i < m->cap; i++) {
        entry_t *e = &m->slots[i];
        if (e->key && e->key != TOMBSTONE) {
            size_t j = e->hash & (bigger.cap - 1);
            while (bigger.slots[j].key)
                j = (j + 1) & (bigger.cap - 1);
            bigger.slots[j] = *e;
            bigger.len++;
        }
    }
    free(m->slots);
    *m = bigger;
    return 0;
}

#ifdef STRMAP_DEMO
int main(void)
{
    strmap_t m;
    char word[64];
    strmap_init(&m, 16);
    while (scanf("%63s", word) == 1) {
        int *v = strmap_get(&m, word);
        if (v) (*v)++;
        else strmap_put(&m, word, 1);
    }
    printf("%zu distinct words\n", m.len);
    strmap_free(&m);
    return 0;
}
#endif
