var totals = new HashMap<String, Integer>();
for (var line : lines) {
    var parts = line.split(",");
    totals.merge(parts[0].strip(), Integer.parseInt(parts[1].strip()), Integer::sum);
}
