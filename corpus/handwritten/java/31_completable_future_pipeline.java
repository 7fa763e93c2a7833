import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

public class PriceAggregator {

    record Quote(String vendor, String sku, long cents) {}

    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    private CompletableFuture<Quote> fetch(String vendor, String sku) {
        return CompletableFuture.supplyAsync(() -> {
            sleep(ThreadLocalRandom.current().nextInt(50, 400));
            if (vendor.equals("flaky") && ThreadLocalRandom.current().nextBoolean()) {
                throw new IllegalStateException(vendor + " timed out");
            }
            long base = Math.abs((vendor + sku).hashCode()) % 10_000;
            return new Quote(vendor, sku, 500 + base);
        }, pool)
        .completeOnTimeout(new Quote(vendor, sku, Long.MAX_VALUE), 300, TimeUnit.MILLISECONDS)
        .exceptionally(ex -> new Quote(vendor, sku, Long.MAX_VALUE));
    }

    public Map<String, Quote> cheapest(List<String> vendors, List<String> skus) {
        List<CompletableFuture<Quote>> all = skus.stream()
                .flatMap(sku -> vendors.stream().map(v -> fetch(v, sku)))
                .toList();

        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();

        return all.stream()
                .map(CompletableFuture::join)
                .filter(q -> q.cents() != Long.MAX_VALUE)
                .collect(Collectors.toMap(
                        Quote::sku,
                        q -> q,
                        (a, b) -> a.cents() <= b.cents() ? a : b));
    }

    public void shutdown() throws InterruptedException {
        pool.shutdown();
        pool.awaitTermination(Duration.ofSeconds(2).toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        PriceAggregator agg = new PriceAggregator();
        Map<String, Quote> best = agg.cheapest(List.of("acme", "globex", "flaky"), List.of("A-100", "B-220", "C-310"));
        best.values().stream()
                .sorted((a, b) -> a.sku().compareTo(b.sku()))
                .forEach(q -> System.out.printf("%s: %s at %d.%02d%n", q.sku(), q.vendor(), q.cents() / 100, q.cents() % 100));
        agg.shutdown();
    }
}
