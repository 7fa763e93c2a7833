Map<String, Double> avgByDept = employees.stream()
        .filter(e -> e.active())
        .collect(Collectors.groupingBy(
                Employee::department,
                TreeMap::new,
                Collectors.averagingDouble(Employee::salary)));

avgByDept.forEach((dept, avg) -> System.out.printf("%-12s %10.2f%n", dept, avg));
