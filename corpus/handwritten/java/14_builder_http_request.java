package net.fernwood.http;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

public final class HttpRequestSpec {

    public enum Method { GET, POST, PUT, PATCH, DELETE }

    private final Method method;
    private final String url;
    private final Map<String, String> headers;
    private final byte[] body;
    private final Duration timeout;
    private final int maxRetries;

    private HttpRequestSpec(Builder b) {
        this.method = b.method;
        this.url = b.url;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
        this.body = b.body;
        this.timeout = b.timeout;
        this.maxRetries = b.maxRetries;
    }

    public static Builder get(String url) {
        return new Builder(Method.GET, url);
    }

    public static Builder post(String url) {
        return new Builder(Method.POST, url);
    }

    public Method method() { return method; }
    public String url() { return url; }
    public Map<String, String> headers() { return headers; }
    public byte[] body() { return body == null ? null : body.clone(); }
    public Duration timeout() { return timeout; }
    public int maxRetries() { return maxRetries; }

    public Builder toBuilder() {
        Builder b = new Builder(method, url);
        b.headers.putAll(headers);
        b.body = body;
        b.timeout = timeout;
        b.maxRetries = maxRetries;
        return b;
    }

    @Override
    public String toString() {
        return method + " " + url + " " + headers.keySet() + (body != null ? " (" + body.length + " bytes)" : "");
    }

    public static final class Builder {
        private final Method method;
        private final String url;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body;
        private Duration timeout = Duration.ofSeconds(30);
        private int maxRetries = 0;

        private Builder(Method method, String url) {
            this.method = Objects.requireNonNull(method, "method");
            this.url = Objects.requireNonNull(url, "url");
        }

        public Builder header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Builder bearer(String token) {
            return header("Authorization", "Bearer " + token);
        }

        public Builder json(String json) {
            header("Content-Type", "application/json; charset=utf-8");
            this.body = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            return this;
        }

        public Builder timeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive");
            }
            this.timeout = timeout;
            return this;
        }

        public Builder retries(int n) {
            this.maxRetries = n;
            return this;
        }

        public HttpRequestSpec build() {
            if (body != null && method == Method.GET) {
                throw new IllegalStateException("GET requests cannot have a body");
            }
            return new HttpRequestSpec(this);
        }
    }

    public static void main(String[] args) {
        HttpRequestSpec req = HttpRequestSpec.post("https://api.example.com/v1/events")
                .bearer("t0k3n")
                .json("{\"type\":\"signup\"}")
                .timeout(Duration.ofSeconds(5))
                .retries(3)
                .build();
        System.out.println(req);
        System.out.println(req.toBuilder().header("X-Trace", "abc").build());
    }
}
