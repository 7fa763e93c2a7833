package com.example.shop.model;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "orders", indexes = @Index(name = "idx_orders_customer", columnList = "customer_id"))
public class Order {

    public enum Status { NEW, PAID, SHIPPED, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position ASC")
    private List<OrderLine> lines = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.NEW;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private int version;

    protected Order() {
        // for JPA
    }

    public Order(Customer customer) {
        this.customer = customer;
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
    }

    public void addLine(Product product, int quantity) {
        OrderLine line = new OrderLine(this, product, quantity, lines.size());
        lines.add(line);
    }

    public BigDecimal total() {
        return lines.stream()
                .map(OrderLine::subtotal)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public void markPaid() {
        if (status != Status.NEW) {
            throw new IllegalStateException("cannot pay order in state " + status);
        }
        status = Status.PAID;
    }

    public Long getId() { return id; }
    public Customer getCustomer() { return customer; }
    public List<OrderLine> getLines() { return List.copyOf(lines); }
    public Status getStatus() { return status; }
    public Instant getCreatedAt() { return createdAt; }
}
