import java.time.LocalDate;
import java.time.Month;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

public class SalesReport {

    record Sale(String region, String product, LocalDate date, int units, double unitPrice) {
        double revenue() {
            return units * unitPrice;
        }
    }

    public static void main(String[] args) {
        var sales = List.of(
                new Sale("north", "kettle", LocalDate.of(2024, 1, 3), 4, 39.0),
                new Sale("north", "toaster", LocalDate.of(2024, 1, 17), 2, 55.5),
                new Sale("south", "kettle", LocalDate.of(2024, 2, 2), 9, 37.0),
                new Sale("south", "blender", LocalDate.of(2024, 2, 14), 1, 120.0),
                new Sale("east", "toaster", LocalDate.of(2024, 2, 20), 6, 52.0),
                new Sale("east", "kettle", LocalDate.of(2024, 3, 1), 3, 39.0),
                new Sale("north", "blender", LocalDate.of(2024, 3, 9), 2, 115.0));

        Map<String, Double> byRegion = sales.stream()
                .collect(Collectors.groupingBy(Sale::region, TreeMap::new, Collectors.summingDouble(Sale::revenue)));
        System.out.println("Revenue by region: " + byRegion);

        Map<Month, Long> unitsByMonth = sales.stream()
                .collect(Collectors.groupingBy(s -> s.date().getMonth(), TreeMap::new,
                        Collectors.summingLong(Sale::units)));
        unitsByMonth.forEach((m, u) -> System.out.printf("%-9s %3d units%n", m, u));

        var best = sales.stream().max(Comparator.comparingDouble(Sale::revenue)).orElseThrow();
        System.out.println("Best single sale: " + best);

        Map<String, List<String>> productsPerRegion = sales.stream()
                .collect(Collectors.groupingBy(Sale::region,
                        Collectors.mapping(Sale::product, Collectors.collectingAndThen(
                                Collectors.toCollection(java.util.TreeSet::new), List::copyOf))));
        System.out.println(productsPerRegion);

        DoubleSummaryStatistics stats = sales.stream().mapToDouble(Sale::revenue).summaryStatistics();
        System.out.printf("n=%d min=%.2f avg=%.2f max=%.2f total=%.2f%n",
                stats.getCount(), stats.getMin(), stats.getAverage(), stats.getMax(), stats.getSum());

        Map<Boolean, Long> bigOrSmall = sales.stream()
                .collect(Collectors.partitioningBy(s -> s.revenue() >= 200, Collectors.counting()));
        System.out.println("orders >= 200: " + bigOrSmall.get(true) + ", smaller: " + bigOrSmall.get(false));

        String top3 = sales.stream()
                .sorted(Comparator.comparingDouble(Sale::revenue).reversed())
                .limit(3)
                .map(s -> s.product() + "@" + s.region())
                .collect(Collectors.joining(", ", "[", "]"));
        System.out.println("Top 3: " + top3);
    }
}
