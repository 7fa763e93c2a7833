import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Fetches a status endpoint and pulls out two fields without a JSON library. */
public class StatusProbe {

    private static final Pattern FIELD = Pattern.compile("\"(status|version)\"\\s*:\\s*\"([^\"]*)\"");

    public static void main(String[] args) throws IOException, InterruptedException {
        String url = args.length > 0 ? args[0] : "http://localhost:8080/status";
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(3))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();

        HttpRequest req = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();

        HttpResponse<String> resp;
        try {
            resp = client.send(req, HttpResponse.BodyHandlers.ofString());
        } catch (java.net.ConnectException e) {
            System.out.println("DOWN (connection refused)");
            System.exit(2);
            return;
        }

        if (resp.statusCode() / 100 != 2) {
            System.out.println("DOWN (HTTP " + resp.statusCode() + ")");
            System.exit(1);
        }

        String status = "?", version = "?";
        Matcher m = FIELD.matcher(resp.body());
        while (m.find()) {
            if (m.group(1).equals("status")) status = m.group(2);
            else version = m.group(2);
        }
        System.out.printf("UP status=%s version=%s (%d bytes)%n", status, version, resp.body().length());
    }
}
