package org.example.mail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

public final class Email {

    private final String from;
    private final List<String> to;
    private final List<String> cc;
    private final String subject;
    private final String body;
    private final boolean html;

    private Email(Builder b) {
        this.from = Objects.requireNonNull(b.from, "from");
        if (b.to.isEmpty()) {
            throw new IllegalStateException("at least one recipient required");
        }
        this.to = Collections.unmodifiableList(new ArrayList<>(b.to));
        this.cc = Collections.unmodifiableList(new ArrayList<>(b.cc));
        this.subject = b.subject == null ? "(no subject)" : b.subject;
        this.body = b.body == null ? "" : b.body;
        this.html = b.html;
    }

    public static Builder builder() {
        return new Builder();
    }

    public String from() { return from; }
    public List<String> to() { return to; }
    public List<String> cc() { return cc; }
    public String subject() { return subject; }
    public String body() { return body; }
    public boolean isHtml() { return html; }

    public static final class Builder {
        private String from;
        private final List<String> to = new ArrayList<>();
        private final List<String> cc = new ArrayList<>();
        private String subject;
        private String body;
        private boolean html;

        private Builder() {}

        public Builder from(String address) { this.from = address; return this; }
        public Builder to(String... addresses) { Collections.addAll(to, addresses); return this; }
        public Builder cc(String address) { cc.add(address); return this; }
        public Builder subject(String s) { this.subject = s; return this; }
        public Builder text(String body) { this.body = body; this.html = false; return this; }
        public Builder html(String body) { this.body = body; this.html = true; return this; }

        public Email build() {
            return new Email(this);
        }
    }

    @Override
    public String toString() {
        return "Email{from=" + from + ", to=" + to + ", subject='" + subject + "'}";
    }
}
