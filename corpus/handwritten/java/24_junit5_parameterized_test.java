package org.example.text;

import static org.junit.jupiter.api.Assertions.*;

import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugifierTest {

    private final Slugifier slugifier = new Slugifier();

    @ParameterizedTest(name = "\"{0}\" -> \"{1}\"")
    @CsvSource({
        "Hello World,           hello-world",
        "  trim me  ,           trim-me",
        "Crème brûlée,          creme-brulee",
        "already-a-slug,        already-a-slug",
        "Many   spaces   here,  many-spaces-here"
    })
    void producesExpectedSlug(String input, String expected) {
        assertEquals(expected, slugifier.slugify(input));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "!!!", "---"})
    void rejectsInputWithoutLetters(String input) {
        assertThrows(IllegalArgumentException.class, () -> slugifier.slugify(input));
    }

    static Stream<Arguments> lengthCases() {
        return Stream.of(
            Arguments.of("a".repeat(100), 60),
            Arguments.of("short", 5),
            Arguments.of("word ".repeat(30), 59)
        );
    }

    @ParameterizedTest
    @MethodSource("lengthCases")
    void neverExceedsMaxLength(String input, int expectedLength) {
        String slug = slugifier.slugify(input);
        assertAll(
            () -> assertTrue(slug.length() <= 60),
            () -> assertEquals(expectedLength, slug.length()),
            () -> assertFalse(slug.endsWith("-"))
        );
    }

    @Nested
    @DisplayName("with a custom separator")
    class CustomSeparator {
        private final Slugifier underscore = new Slugifier('_');

        @Test
        void usesUnderscore() {
            assertEquals("snake_case_title", underscore.slugify("Snake case Title"));
        }
    }
}
