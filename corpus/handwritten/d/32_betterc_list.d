// Compile with: ldc2 -betterC -O2 list.d
module list;

import core.stdc.stdio;
import core.stdc.stdlib;
import core.stdc.string : strlen, memcpy;

extern (C):
@nogc:
nothrow:

struct Node
{
    Node* next;
    size_t len;
    char[1] text;   // over-allocated
}

struct List
{
    Node* head;
    Node* tail;
    size_t count;
}

Node* node_new(const(char)* s)
{
    auto n = strlen(s);
    auto node = cast(Node*) malloc(Node.sizeof + n);
    if (node is null)
        return null;
    node.next = null;
    node.len = n;
    memcpy(node.text.ptr, s, n + 1);
    return node;
}

void list_push(List* l, const(char)* s)
{
    auto n = node_new(s);
    if (n is null)
    {
        fputs("out of memory\n", stderr);
        exit(1);
    }
    if (l.tail)
        l.tail.next = n;
    else
        l.head = n;
    l.tail = n;
    l.count++;
}

void list_free(List* l)
{
    for (Node* n = l.head, next; n !is null; n = next)
    {
        next = n.next;
        free(n);
    }
    *l = List.init;
}

int main(int argc, char** argv)
{
    List l;
    scope (exit) list_free(&l);

    char[256] buf = void;
    while (fgets(buf.ptr, cast(int) buf.length, stdin))
    {
        auto n = strlen(buf.ptr);
        if (n && buf[n - 1] == '\n')
            buf[n - 1] = 0;
        list_push(&l, buf.ptr);
    }

    size_t longest;
    for (auto n = l.head; n; n = n.next)
        if (n.len > longest)
            longest = n.len;

    printf("%zu lines, longest is %zu chars\n", l.count, longest);
    return 0;
}
