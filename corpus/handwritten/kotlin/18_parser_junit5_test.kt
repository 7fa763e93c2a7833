package com.github.quill.csv

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.BeforeEach
import org.junit.jupiter.api.DisplayName
import org.junit.jupiter.api.Nested
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.params.ParameterizedTest
import org.junit.jupiter.params.provider.CsvSource
import org.junit.jupiter.params.provider.ValueSource

class CsvParserTest {

    private lateinit var parser: CsvParser

    @BeforeEach
    fun setUp() {
        parser = CsvParser(separator = ',', quote = '"')
    }

    @Test
    fun `splits a simple line`() {
        assertEquals(listOf("a", "b", "c"), parser.parseLine("a,b,c"))
    }

    @Test
    fun `keeps empty fields`() {
        assertEquals(listOf("", "x", ""), parser.parseLine(",x,"))
    }

    @Nested
    @DisplayName("quoted fields")
    inner class Quoted {
        @Test
        fun `separator inside quotes is not a split`() {
            assertEquals(listOf("a,b", "c"), parser.parseLine("\"a,b\",c"))
        }

        @Test
        fun `doubled quotes become one`() {
            assertEquals(listOf("say \"hi\""), parser.parseLine("\"say \"\"hi\"\"\""))
        }

        @Test
        fun `unterminated quote throws`() {
            val e = assertThrows<CsvFormatException> { parser.parseLine("\"oops,1") }
            assertTrue(e.message!!.contains("column 1"))
        }
    }

    @ParameterizedTest(name = "{0} has {1} fields")
    @CsvSource(
        "'a', 1",
        "'a;b', 1",
        "'a,b,c,d', 4",
        "',,,', 4",
    )
    fun `field counts`(line: String, expected: Int) {
        assertEquals(expected, parser.parseLine(line).size)
    }

    @ParameterizedTest
    @ValueSource(strings = ["\r\n", "\n"])
    fun `reads multiple records regardless of line ending`(eol: String) {
        val text = listOf("id,name", "1,Ana", "2,Bo").joinToString(eol)
        val rows = parser.parse(text.reader()).toList()
        assertEquals(3, rows.size)
        assertEquals("Bo", rows.last()[1])
    }
}
