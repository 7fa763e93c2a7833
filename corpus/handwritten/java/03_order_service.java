package com.example.shop.order;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class OrderService {

    private static final Logger log = LoggerFactory.getLogger(OrderService.class);
    private static final BigDecimal FREE_SHIPPING_THRESHOLD = new BigDecimal("50.00");
    private static final BigDecimal SHIPPING_FEE = new BigDecimal("4.95");

    private final OrderRepository orders;
    private final InventoryClient inventory;
    private final PaymentGateway payments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public OrderService(OrderRepository orders, InventoryClient inventory, PaymentGateway payments,
                        ApplicationEventPublisher events, Clock clock) {
        this.orders = orders;
        this.inventory = inventory;
        this.payments = payments;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Order placeOrder(String customerId, List<OrderLine> lines, String paymentToken) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("order must contain at least one line");
        }

        for (OrderLine line : lines) {
            if (!inventory.reserve(line.sku(), line.quantity())) {
                inventory.releaseAll(lines);
                throw new OutOfStockException(line.sku());
            }
        }

        BigDecimal subtotal = lines.stream()
                .map(l -> l.unitPrice().multiply(BigDecimal.valueOf(l.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal shipping = subtotal.compareTo(FREE_SHIPPING_THRESHOLD) >= 0 ? BigDecimal.ZERO : SHIPPING_FEE;
        BigDecimal total = subtotal.add(shipping);

        var order = new Order(UUID.randomUUID(), customerId, lines, subtotal, shipping, total,
                OrderStatus.PENDING_PAYMENT, Instant.now(clock));
        orders.save(order);

        PaymentResult result = payments.charge(paymentToken, total, "order " + order.id());
        if (!result.successful()) {
            log.warn("payment declined for order {}: {}", order.id(), result.reason());
            inventory.releaseAll(lines);
            order.setStatus(OrderStatus.PAYMENT_FAILED);
            return orders.save(order);
        }

        order.setStatus(OrderStatus.PAID);
        order.setPaymentReference(result.reference());
        events.publishEvent(new OrderPlacedEvent(order.id(), customerId, total));
        log.info("order {} placed for {} ({} lines, total {})", order.id(), customerId, lines.size(), total);
        return orders.save(order);
    }

    @Transactional
    public Order cancel(UUID orderId, String reason) {
        Order order = orders.findById(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
        switch (order.status()) {
            case SHIPPED, DELIVERED -> throw new IllegalStateException("too late to cancel " + orderId);
            case CANCELLED -> { return order; }
            case PAID -> payments.refund(order.paymentReference(), order.total());
            default -> { }
        }
        inventory.releaseAll(order.lines());
        order.setStatus(OrderStatus.CANCELLED);
        order.setCancelReason(reason);
        return orders.save(order);
    }
}
