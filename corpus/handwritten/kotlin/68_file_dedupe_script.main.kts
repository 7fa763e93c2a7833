#!/usr/bin/env kotlin

// Finds duplicate files under a directory by size, then by SHA-256.
// usage: kotlin 68_file_dedupe_script.main.kts ~/Pictures [--delete]

import java.io.File
import java.security.MessageDigest

val root = File(args.firstOrNull() ?: ".")
val delete = "--delete" in args

fun File.sha256(): String {
    val md = MessageDigest.getInstance("SHA-256")
    inputStream().buffered().use { input ->
        val buf = ByteArray(64 * 1024)
        while (true) {
            val n = input.read(buf)
            if (n < 0) break
            md.update(buf, 0, n)
        }
    }
    return md.digest().joinToString("") { "%02x".format(it) }
}

val bySize = root.walkTopDown()
    .filter { it.isFile && it.length() > 0 }
    .groupBy { it.length() }
    .filterValues { it.size > 1 }

var wasted = 0L
for ((size, files) in bySize) {
    files.groupBy { it.sha256() }
        .values
        .filter { it.size > 1 }
        .forEach { group ->
            val (keep, dupes) = group.sortedBy { it.path.length }.let { it.first() to it.drop(1) }
            println("keep ${keep.path}")
            dupes.forEach {
                println("  dup ${it.path}")
                wasted += size
                if (delete) it.delete()
            }
        }
}
println("%.1f MiB in duplicates%s".format(wasted / 1048576.0, if (delete) " (deleted)" else ""))
