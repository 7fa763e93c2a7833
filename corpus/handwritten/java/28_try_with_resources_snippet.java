try (var reader = Files.newBufferedReader(Path.of("access.log"), StandardCharsets.UTF_8)) {
    long errors = reader.lines()
            .filter(line -> line.contains(" 500 "))
            .count();
    System.out.println("server errors: " + errors);
} catch (IOException e) {
    log.error("could not read log", e);
}
