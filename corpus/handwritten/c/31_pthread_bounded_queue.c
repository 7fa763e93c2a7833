/*
 * Producer/consumer pipeline with a bounded queue.
 *
 *   cc -O2 -pthread -o pipeline pipeline.c
 */
#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define QUEUE_CAP   16
#define N_PRODUCERS 3
#define N_CONSUMERS 2
#define ITEMS_EACH  50

typedef struct {
    int producer;
    int seq;
    long payload;
} item_t;

typedef struct {
    item_t buf[QUEUE_CAP];
    size_t head, tail, count;
    bool closed;
    pthread_mutex_t mu;
    pthread_cond_t not_full;
    pthread_cond_t not_empty;
} queue_t;

static void queue_init(queue_t *q)
{
    memset(q, 0, sizeof *q);
    pthread_mutex_init(&q->mu, NULL);
    pthread_cond_init(&q->not_full, NULL);
    pthread_cond_init(&q->not_empty, NULL);
}

static void queue_destroy(queue_t *q)
{
    pthread_mutex_destroy(&q->mu);
    pthread_cond_destroy(&q->not_full);
    pthread_cond_destroy(&q->not_empty);
}

static void queue_push(queue_t *q, item_t it)
{
    pthread_mutex_lock(&q->mu);
    while (q->count == QUEUE_CAP)
        pthread_cond_wait(&q->not_full, &q->mu);
    q->buf[q->tail] = it;
    q->tail = (q->tail + 1) % QUEUE_CAP;
    q->count++;
    pthread_cond_signal(&q->not_empty);
    pthread_mutex_unlock(&q->mu);
}

/* returns false once the queue is closed and drained */
static bool queue_pop(queue_t *q, item_t *out)
{
    pthread_mutex_lock(&q->mu);
    while (q->count == 0 && !q->closed)
        pthread_cond_wait(&q->not_empty, &q->mu);
    if (q->count == 0) {
        pthread_mutex_unlock(&q->mu);
        return false;
    }
    *out = q->buf[q->head];
    q->head = (q->head + 1) % QUEUE_CAP;
    q->count--;
    pthread_cond_signal(&q->not_full);
    pthread_mutex_unlock(&q->mu);
    return true;
}

static void queue_close(queue_t *q)
{
    pthread_mutex_lock(&q->mu);
    q->closed = true;
    pthread_cond_broadcast(&q->not_empty);
    pthread_mutex_unlock(&q->mu);
}

static queue_t queue;

struct producer_arg { int id; unsigned seed; };
struct consumer_result { int id; long sum; int handled; };

static void *producer(void *p)
{
    struct producer_arg *arg = p;
    for (int i = 0; i < ITEMS_EACH; i++) {
        item_t it = { arg->id, i, rand_r(&arg->seed) % 1000 };
        queue_push(&queue, it);
        if (it.payload % 7 == 0)
            usleep(1000);
    }
    return NULL;
}

static void *consumer(void *p)
{
    struct consumer_result *res = p;
    item_t it;

    while (queue_pop(&queue, &it)) {
        res->sum += it.payload;
        res->handled++;
    }
    return NULL;
}

int main(void)
{
    pthread_t prod[N_PRODUCERS], cons[N_CONSUMERS];
    struct producer_arg pargs[N_PRODUCERS];
    struct consumer_result cres[N_CONSUMERS] = { 0 };
    long grand = 0;
    int handled = 0;

    queue_init(&queue);

    for (int i = 0; i < N_CONSUMERS; i++) {
        cres[i].id = i;
        if (pthread_create(&cons[i], NULL, consumer, &cres[i]) != 0) {
            perror("pthread_create");
            return 1;
        }
    }
    for (int i = 0; i < N_PRODUCERS; i++) {
        pargs[i].id = i;
        pargs[i].seed = (unsigned)time(NULL) ^ (unsigned)(i * 7919);
        pthread_create(&prod[i], NULL, producer, &pargs[i]);
    }

    for (int i = 0; i < N_PRODUCERS; i++)
        pthread_join(prod[i], NULL);
    queue_close(&queue);
    for (int i = 0; i < N_CONSUMERS; i++)
        pthread_join(cons[i], NULL);

    for (int i = 0; i < N_CONSUMERS; i++) {
        printf("consumer %d: %d items, sum %ld\n", cres[i].id, cres[i].handled, cres[i].sum);
        grand += cres[i].sum;
        handled += cres[i].handled;
    }
    printf("total: %d items (expected %d), sum %ld\n",
           handled, N_PRODUCERS * ITEMS_EACH, grand);

    queue_destroy(&queue);
    return handled == N_PRODUCERS * ITEMS_EACH ? 0 : 1;
}
