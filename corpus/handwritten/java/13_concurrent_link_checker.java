package tools.linkcheck;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds http(s) links in Markdown files and reports the ones that don't answer 2xx/3xx. */
public final class LinkChecker {

    private static final Pattern LINK = Pattern.compile("\\((https?://[^)\\s]+)\\)");

    private final HttpClient client;

    public LinkChecker(ExecutorService executor) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .executor(executor)
                .build();
    }

    record Result(Path file, String url, int status, String error) {
        boolean ok() {
            return error == null && status >= 200 && status < 400;
        }
    }

    List<String> extractLinks(String markdown) {
        List<String> links = new ArrayList<>();
        Matcher m = LINK.matcher(markdown);
        while (m.find()) {
            links.add(m.group(1));
        }
        return links;
    }

    CompletableFuture<Result> check(Path file, String url) {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .timeout(Duration.ofSeconds(10))
                .header("User-Agent", "linkcheck/1.0")
                .build();
        return client.sendAsync(req, HttpResponse.BodyHandlers.discarding())
                .thenApply(resp -> new Result(file, url, resp.statusCode(), null))
                .exceptionally(ex -> new Result(file, url, -1, ex.getCause() != null
                        ? ex.getCause().getClass().getSimpleName()
                        : ex.getClass().getSimpleName()));
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            LinkChecker checker = new LinkChecker(pool);
            List<CompletableFuture<Result>> futures = new ArrayList<>();
            try (var paths = Files.walk(root)) {
                for (Path p : paths.filter(f -> f.toString().endsWith(".md")).toList()) {
                    for (String url : checker.extractLinks(Files.readString(p))) {
                        futures.add(checker.check(p, url));
                    }
                }
            }
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
            long broken = futures.stream()
                    .map(CompletableFuture::join)
                    .filter(r -> !r.ok())
                    .peek(r -> System.out.printf("%s: %s -> %s%n", root.relativize(r.file()), r.url(),
                            r.error() != null ? r.error() : r.status()))
                    .count();
            System.out.printf("%d links checked, %d broken%n", futures.size(), broken);
            System.exit(broken == 0 ? 0 : 1);
        }
    }
}
