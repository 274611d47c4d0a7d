package dev.lectern.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.util.ast.Document;
import dev.lectern.testing.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Our line lookup answers as Flexmark's tracked lines do, for every offset, whatever the line breaks. */
class SourceLinesTest {
    private static final LecternMarkdown MARKDOWN = new LecternMarkdown();

    @Test
    void givesFlexmarksLineForEveryOffsetWhateverTheLineBreaks() {
        for (String text : List.of("", "a", "\n", "\n\n", "a\n", "a\nb", "a\r\nb\r\n", "a\rb\r", "\r\n\r\n",
                "\r\r\n\n\r", "# T\n\n- a\n  - b\r\n\r\n| x |\n|---|\n| y |\r", "a\u2028b\u0085c\n", "x\n\n\n")) {
            assertSameLines(text);
        }
    }

    @Test
    void givesFlexmarksLineForEveryOffsetOfTheContentTreeAndTheCorpus() throws IOException {
        for (Path root : List.of(Repo.content(), Repo.corpus())) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                    assertSameLines(Files.readString(file));
                }
            }
        }
    }

    @Test
    void findsTheLineByBinarySearch() {
        SourceLines lines = SourceLines.of("ab\ncd\r\nef");
        assertEquals(List.of(0, 0, 0, 1, 1, 1, 1, 2, 2, 3),
                Stream.iterate(0, i -> i <= 9, i -> i + 1).map(lines::lineIndex).toList());
    }

    private static void assertSameLines(String text) {
        Document document = MARKDOWN.parse(text);
        SourceLines lines = SourceLines.of(text);
        for (int offset = 0; offset <= text.length() + 1; offset++) {
            assertEquals(document.getLineNumber(offset), lines.lineIndex(offset), "offset " + offset + " of " + text);
        }
    }
}
