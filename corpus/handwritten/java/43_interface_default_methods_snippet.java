interface Priced {
    long cents();

    default String display() {
        return String.format("$%d.%02d", cents() / 100, cents() % 100);
    }

    static Priced of(long cents) {
        return () -> cents;
    }
}
