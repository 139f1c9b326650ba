package org.onedoor.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void tidyStripsTypedTextAndTurnsBlankIntoAbsent() {
        assertThat(Text.tidy("  Sam Smith\t")).isEqualTo("Sam Smith");
        assertThat(Text.tidy("line one\nline two")).isEqualTo("line one\nline two");
        assertThat(Text.tidy(" \t\r\n ")).isNull();
        assertThat(Text.tidy("")).isNull();
        assertThat(Text.tidy(null)).isNull();
    }

    @Test
    void controlCharactersAreThoseNoOneTypesButTabAndLineBreaksAreText() {
        assertThat(Text.hasControlCharacter("Sam\u0000")).isTrue();
        assertThat(Text.hasControlCharacter("\u001b[31m")).isTrue();
        assertThat(Text.hasControlCharacter("del\u007f")).isTrue();
        assertThat(Text.hasControlCharacter("c1\u0085")).isTrue();
        assertThat(Text.hasControlCharacter("line one\r\nline two\tand a tab")).isFalse();
        assertThat(Text.hasControlCharacter("Zoë O'Neill")).isFalse();
        assertThat(Text.hasControlCharacter(null)).isFalse();
    }
}
