#!/usr/bin/env kotlin

@file:DependsOn("com.github.ajalt.clikt:clikt-jvm:4.2.2")

import com.github.ajalt.clikt.core.CliktCommand
import com.github.ajalt.clikt.parameters.options.default
import com.github.ajalt.clikt.parameters.options.flag
import com.github.ajalt.clikt.parameters.options.option
import com.github.ajalt.clikt.parameters.options.required
import java.io.File
import java.security.MessageDigest
import java.time.Instant
import java.time.ZoneId
import java.time.format.DateTimeFormatter

val monthDir = DateTimeFormatter.ofPattern("yyyy/MM").withZone(ZoneId.systemDefault())
val photoExtensions = setOf("jpg", "jpeg", "heic", "png", "mp4", "mov")

fun File.sha1(): String {
    val md = MessageDigest.getInstance("SHA-1")
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

class Backup : CliktCommand(help = "Copy photos into YYYY/MM folders, skipping duplicates") {
    val source by option("--from", help = "camera or phone folder").required()
    val target by option("--to", help = "archive root").default("${System.getProperty("user.home")}/Pictures/archive")
    val dryRun by option("-n", "--dry-run").flag()

    override fun run() {
        val src = File(source)
        require(src.isDirectory) { "$source is not a directory" }

        val seen = File(target).walk()
            .filter { it.isFile }
            .map { it.length() to it.name }
            .toHashSet()

        var copied = 0
        var skipped = 0
        src.walk()
            .filter { it.isFile && it.extension.lowercase() in photoExtensions }
            .forEach { f ->
                if ((f.length() to f.name) in seen) {
                    skipped++
                    return@forEach
                }
                val dest = File(target, monthDir.format(Instant.ofEpochMilli(f.lastModified())))
                    .resolve(f.name)
                    .let { if (it.exists() && it.sha1() != f.sha1()) File(it.parentFile, "${it.nameWithoutExtension}_${f.sha1().take(6)}.${it.extension}") else it }
                echo("${if (dryRun) "would copy" else "copy"} ${f.name} -> $dest")
                if (!dryRun) {
                    f.copyTo(dest, overwrite = false)
                    dest.setLastModified(f.lastModified())
                }
                copied++
            }
        echo("done: $copied copied, $skipped already there")
    }
}

Backup().main(args)
