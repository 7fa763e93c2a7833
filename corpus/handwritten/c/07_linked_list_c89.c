#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct node {
    char name[32];
    int score;
    struct node *next;
} Node;

Node *push_sorted(Node *head, const char *name, int score)
{
    Node *n, **pp;

    n = (Node *)malloc(sizeof(Node));
    if (n == NULL) {
        fputs("out of memory\n", stderr);
        exit(1);
    }
    strncpy(n->name, name, sizeof(n->name) - 1);
    n->name[sizeof(n->name) - 1] = '\0';
    n->score = score;

    pp = &head;
    while (*pp != NULL && (*pp)->score >= score)
        pp = &(*pp)->next;
    n->next = *pp;
    *pp = n;
    return head;
}

void free_list(Node *head)
{
    Node *next;
    while (head != NULL) {
        next = head->next;
        free(head);
        head = next;
    }
}

int main(void)
{
    Node *list = NULL, *p;
    char name[32];
    int score, rank = 1;

    while (scanf("%31s %d", name, &score) == 2)
        list = push_sorted(list, name, score);

    for (p = list; p != NULL; p = p->next)
        printf("%2d. %-20s %5d\n", rank++, p->name, p->score);

    free_list(list);
    return 0;
}
