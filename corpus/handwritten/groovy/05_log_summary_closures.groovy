#!/usr/bin/env groovy
// Summarise an nginx access log: top paths, status codes, slowest requests.

def logFile = new File(args ? args[0] : '/var/log/nginx/access.log')
if (!logFile.exists()) {
    System.err.println "no such file: ${logFile}"
    System.exit(1)
}

def pattern = ~/^(\S+) \S+ \S+ \[([^\]]+)\] "(\w+) (\S+) [^"]*" (\d{3}) (\d+) "[^"]*" "[^"]*" ([\d.]+)$/

def entries = []
logFile.eachLine { line ->
    def m = line =~ pattern
    if (m.matches()) {
        entries << [ip: m[0][1], time: m[0][2], method: m[0][3], path: m[0][4].split('\\?')[0],
                    status: m[0][5] as int, bytes: m[0][6] as long, seconds: m[0][7] as double]
    }
}

println "Parsed ${entries.size()} requests"
println()

println "== Top 10 paths =="
entries.countBy { it.path }
       .sort { -it.value }
       .take(10)
       .each { path, n -> printf('%6d  %s%n', n, path) }

println "\n== Status codes =="
entries.groupBy { (it.status / 100 as int) + 'xx' }
       .collectEntries { k, v -> [k, v.size()] }
       .sort()
       .each { k, v -> println "${k}: ${v}" }

println "\n== Slowest 5 =="
entries.sort(false) { -it.seconds }
       .take(5)
       .each { println String.format('%.3fs %s %s (%d)', it.seconds, it.method, it.path, it.status) }

def totalMb = entries.sum(0L) { it.bytes } / (1024 * 1024)
println "\nServed ${String.format("%.1f", totalMb)} MB to ${entries*.ip.unique().size()} distinct clients"
