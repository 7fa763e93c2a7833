public record Temperature(double value, String unit) {
    public Temperature {
        Objects.requireNonNull(unit);
        if (!unit.equals("C") && !unit.equals("F")) {
            throw new IllegalArgumentException("unit: " + unit);
        }
    }

    public Temperature toCelsius() {
        return unit.equals("C") ? this : new Temperature((value - 32) * 5 / 9, "C");
    }
}
