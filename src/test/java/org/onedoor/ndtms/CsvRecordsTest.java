package org.onedoor.ndtms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    @Test
    void readsQuotedCommasDoubledQuotesAndLineBreaksAndReportsTheLineEachRecordStartsOn() {
        CsvRecords csv = new CsvRecords(new StringReader("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",,x\n\nlast"));

        assertThat(csv.next()).containsExactly("a", "b,c", "say \"hi\"");
        assertThat(csv.recordLine()).isEqualTo(1);
        assertThat(csv.next()).containsExactly("two\nlines", "", "x");
        assertThat(csv.recordLine()).isEqualTo(2);
        assertThat(csv.next()).containsExactly("");
        assertThat(csv.next()).containsExactly("last");
        assertThat(csv.recordLine()).isEqualTo(5);
        assertThat(csv.next()).isNull();
    }

    @Test
    void keepsAnEmptyLastFieldAndAQuotedEmptyField() {
        CsvRecords csv = new CsvRecords(new StringReader("a,\"\",\n"));

        assertThat(csv.next()).containsExactly("a", "", "");
        assertThat(csv.next()).isNull();
    }

    @Test
    void recordsMayDifferInLengthAndEndWithACarriageReturnAlone() {
        CsvRecords csv = new CsvRecords(new StringReader("h1,h2,h3\ra\rb,c,d,e\r\n"));

        assertThat(csv.next()).containsExactly("h1", "h2", "h3");
        assertThat(csv.next()).containsExactly("a");
        assertThat(csv.recordLine()).isEqualTo(2);
        assertThat(csv.next()).containsExactly("b", "c", "d", "e");
        assertThat(csv.next()).isNull();
    }

    @Test
    void refusesAStrayQuoteTextAfterAClosingQuoteAndAnUnclosedQuote() {
        assertThat(malformed("ab\"c\n").getMessage()).contains("double quote inside a field");
        assertThat(malformed("\"ab\"c\n").getMessage()).contains("text after the closing quote");
        CsvRecords.Malformed unclosed = malformed("ok\n\"never\nclosed\n");
        assertThat(unclosed.getMessage()).contains("never closed");
        assertThat(unclosed.line()).isEqualTo(2);
        assertThat(malformed("a\nb\n\"c\" d\n").line()).isEqualTo(3);
    }

    private static CsvRecords.Malformed malformed(String text) {
        CsvRecords csv = new CsvRecords(new StringReader(text));
        return catchThrowableOfType(CsvRecords.Malformed.class, () -> {
            List<List<String>> all = new ArrayList<>();
            for (List<String> r = csv.next(); r != null; r = csv.next()) {
                all.add(r);
            }
        });
    }
}
