package io.tessera.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Minimal repository abstraction shared by the in-memory and JDBC backends.
 *
 * @param <T>  entity type
 * @param <ID> identifier type
 */
public interface Repository<T extends Identifiable<ID>, ID extends Comparable<ID>> {

    Optional<T> findById(ID id);

    List<T> findAll();

    default List<T> findAll(Predicate<? super T> filter) {
        return stream().filter(filter).toList();
    }

    default Stream<T> stream() {
        return findAll().stream();
    }

    T save(T entity);

    default List<T> saveAll(Collection<? extends T> entities) {
        return entities.stream().map(this::save).toList();
    }

    boolean deleteById(ID id);

    default long count() {
        return stream().count();
    }

    default T getOrThrow(ID id) {
        return findById(id).orElseThrow(() -> new EntityNotFoundException(id));
    }

    static <T extends Identifiable<ID>, ID extends Comparable<ID>> Repository<T, ID> inMemory() {
        return new InMemoryRepository<>();
    }
}

interface Identifiable<ID> {
    ID id();
}

class EntityNotFoundException extends RuntimeException {
    EntityNotFoundException(Object id) {
        super("No entity with id " + id);
    }
}

final class InMemoryRepository<T extends Identifiable<ID>, ID extends Comparable<ID>> implements Repository<T, ID> {

    private final java.util.concurrent.ConcurrentSkipListMap<ID, T> store = new java.util.concurrent.ConcurrentSkipListMap<>();

    @Override
    public Optional<T> findById(ID id) {
        return Optional.ofNullable(store.get(id));
    }

    @Override
    public List<T> findAll() {
        return List.copyOf(store.values());
    }

    @Override
    public T save(T entity) {
        store.put(entity.id(), entity);
        return entity;
    }

    @Override
    public boolean deleteById(ID id) {
        return store.remove(id) != null;
    }
}
