import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

public class WordFrequency {

    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}']+");
    private static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "of", "to", "in", "is", "it");

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: java WordFrequency FILE [TOP]");
            return;
        }
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);

        Map<String, Long> counts = SPLIT.splitAsStream(text.toLowerCase())
                .filter(w -> w.length() > 1)
                .filter(w -> !STOP.contains(w))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        int width = counts.keySet().stream().mapToInt(String::length).max().orElse(4);

        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(top)
                .forEach(e -> System.out.printf("%-" + width + "s %6d  %5.2f%%%n",
                        e.getKey(), e.getValue(), 100.0 * e.getValue() / total));
    }
}
