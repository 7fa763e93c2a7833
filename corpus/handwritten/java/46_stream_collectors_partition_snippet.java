Map<Boolean, List<Invoice>> split = invoices.stream()
        .collect(Collectors.partitioningBy(inv -> inv.dueDate().isBefore(LocalDate.now())));

List<Invoice> overdue = split.get(true);
BigDecimal outstanding = overdue.stream()
        .map(Invoice::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
