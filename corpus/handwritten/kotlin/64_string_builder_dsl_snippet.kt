val report = buildString {
    appendLine("Daily summary for $date")
    appendLine("-".repeat(30))
    for ((name, hours) in timesheet.entries.sortedBy { it.key }) {
        append(name.padEnd(20)).append(String.format("%5.1f", hours)).appendLine()
    }
}
