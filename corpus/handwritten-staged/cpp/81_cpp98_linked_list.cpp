// Singly linked list, written for a course that still targets C++98.
#include <iostream>
#include <string>
#include <cstddef>

template <class T>
class LinkedList
{
public:
    LinkedList() : head_(NULL), tail_(NULL), size_(0) {}

    LinkedList(const LinkedList& other) : head_(NULL), tail_(NULL), size_(0)
    {
        for (Node* n = other.head_; n != NULL; n = n->next)
            push_back(n->value);
    }

    LinkedList& operator=(const LinkedList& other)
    {
        if (this != &other) {
            LinkedList tmp(other);
            swap(tmp);
        }
        return *this;
    }

    ~LinkedList() { clear(); }

    void push_front(const T& v)
    {
        Node* n = new Node(v, head_);
        head_ = n;
        if (tail_ == NULL) tail_ = n;
        ++size_;
    }

    void push_back(const T& v)
    {
        Node* n = new Node(v, NULL);
        if (tail_ != NULL) tail_->next = n;
        else head_ = n;
        tail_ = n;
        ++size_;
    }

    bool remove(const T& v)
    {
        Node* prev = NULL;
        for (Node* cur = head_; cur != NULL; prev = cur, cur = cur->next) {
            if (cur->value == v) {
                if (prev) prev->next = cur->next;
                else head_ = cur->next;
                if (cur == tail_) tail_ = prev;
                delete cur;
                --size_;
                return true;
            }
        }
        return false;
    }

    void reverse()
    {
        Node* prev = NULL;
        Node* cur = head_;
        tail_ = head_;
        while (cur != NULL) {
            Node* next = cur->next;
            cur->next = prev;
            prev = cur;
            cur = next;
        }
        head_ = prev;
    }

    void clear()
    {
        while (head_ != NULL) {
            Node* next = head_->next;
            delete head_;
            head_ = next;
        }
        tail_ = NULL;
        size_ = 0;
    }

    void swap(LinkedList& other)
    {
        std::swap(head_, other.head_);
        std::swap(tail_, other.tail_);
        std::swap(size_, other.size_);
    }

    std::size_t size() const { return size_; }

    void print(std::ostream& os) const
    {
        os << "[";
        for (Node* n = head_; n != NULL; n = n->next) {
            os << n->value;
            if (n->next) os << ", ";
        }
        os << "]";
    }

private:
    struct Node
    {
        T value;
        Node* next;
        Node(const T& v, Node* n) : value(v), next(n) {}
    };

    Node* head_;
    Node* tail_;
    std::size_t size_;
};

template <class T>
std::ostream& operator<<(std::ostream& os, const LinkedList<T>& list)
{
    list.print(os);
    return os;
}

int main()
{
    LinkedList<std::string> names;
    names.push_back("ada");
    names.push_back("grace");
    names.push_front("alan");
    names.push_back("edsger");

    LinkedList<std::string> copy = names;
    copy.reverse();
    names.remove("grace");

    std::cout << names << " (" << names.size() << ")" << std::endl;
    std::cout << copy << " (" << copy.size() << ")" << std::endl;
    return 0;
}
