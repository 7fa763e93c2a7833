import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Half-open numeric range with a step, usable in for-each loops and streams. */
public record Range(long start, long end, long step) implements Iterable<Long> {

    public Range {
        if (step == 0) throw new IllegalArgumentException("step must not be zero");
    }

    public static Range of(long start, long end) {
        return new Range(start, end, start <= end ? 1 : -1);
    }

    public long size() {
        long span = end - start;
        if (span == 0 || (span > 0) != (step > 0)) return 0;
        return (Math.abs(span) + Math.abs(step) - 1) / Math.abs(step);
    }

    @Override
    public Iterator<Long> iterator() {
        return new Iterator<>() {
            private long next = start;
            private long remaining = size();

            @Override
            public boolean hasNext() {
                return remaining > 0;
            }

            @Override
            public Long next() {
                if (remaining == 0) throw new NoSuchElementException();
                long v = next;
                next += step;
                remaining--;
                return v;
            }
        };
    }

    public Stream<Long> stream() {
        return StreamSupport.stream(
                Spliterators.spliterator(iterator(), size(), Spliterator.ORDERED | Spliterator.SIZED), false);
    }

    public static void main(String[] args) {
        for (long i : new Range(0, 20, 5)) System.out.print(i + " ");
        System.out.println();
        System.out.println(Range.of(10, 0).stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse(""));
        System.out.println(new Range(3, 3, 1).size() + " " + new Range(0, 10, 3).size());
    }
}
