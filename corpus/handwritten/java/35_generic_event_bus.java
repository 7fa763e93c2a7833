import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A minimal synchronous event bus keyed by event class.
 * Handlers registered for a supertype also receive subtypes.
 */
public final class EventBus {

    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private final Map<Class<?>, List<Consumer<Object>>> handlers = new ConcurrentHashMap<>();

    public <E> Subscription subscribe(Class<E> type, Consumer<? super E> handler) {
        Consumer<Object> wrapped = event -> handler.accept(type.cast(event));
        handlers.computeIfAbsent(type, k -> new CopyOnWriteArrayList<>()).add(wrapped);
        return () -> handlers.getOrDefault(type, List.of()).remove(wrapped);
    }

    public int publish(Object event) {
        int delivered = 0;
        List<Throwable> failures = new ArrayList<>();
        for (Map.Entry<Class<?>, List<Consumer<Object>>> e : handlers.entrySet()) {
            if (!e.getKey().isInstance(event)) {
                continue;
            }
            for (Consumer<Object> h : e.getValue()) {
                try {
                    h.accept(event);
                    delivered++;
                } catch (RuntimeException ex) {
                    failures.add(ex);
                }
            }
        }
        if (!failures.isEmpty()) {
            RuntimeException agg = new RuntimeException(failures.size() + " handler(s) failed");
            failures.forEach(agg::addSuppressed);
            throw agg;
        }
        return delivered;
    }

    // --- demo ---
    sealed interface DomainEvent permits UserJoined, UserLeft {}
    record UserJoined(String name) implements DomainEvent {}
    record UserLeft(String name, String reason) implements DomainEvent {}

    public static void main(String[] args) {
        EventBus bus = new EventBus();
        try (Subscription audit = bus.subscribe(DomainEvent.class, e -> System.out.println("audit: " + e))) {
            bus.subscribe(UserJoined.class, e -> System.out.println("welcome, " + e.name()));
            bus.publish(new UserJoined("ada"));
            bus.publish(new UserLeft("bob", "moved"));
        }
        System.out.println("delivered after close: " + bus.publish(new UserLeft("cy", "bored")));
    }
}
