package dev.lectern.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.lectern.testing.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Cutting a node's text out of the source gives what Flexmark's copy gives, for every kind of node. */
class SourceTextTest {
    private static final LecternMarkdown MARKDOWN = new LecternMarkdown();

    @Test
    void cutsTheSameTextAsFlexmarkCopiesFromTheContentTreeAndTheCorpus() throws IOException {
        List<Path> files = new ArrayList<>(markdownFiles(Repo.content()));
        files.addAll(markdownFiles(Repo.corpus()));
        for (Path file : files) {
            assertSameTexts(file.toString(), Files.readString(file));
        }
    }

    @Test
    void cutsTheSameTextWhereFlexmarkJoinsOrExpandsLines() {
        // Quotes and list items drop their markers from each line; a tab in a list item is expanded.
        assertSameTexts("joined", "> one\n> two\n\n- a\n  b\n\n-\tc\n\t d\n\n1. x\n\n\t\tcode\n\n| a | b |\n|---|---|\n| `c|d` | e |\n"
                + "# Title #\nSetext\n---\n```js\nx\n```\n<div>\nhtml\n</div>\n"
                + "#\u2003Wide\u3000\n\n| \u2003a\u00A0 | \uD835\uDC65 |\n|---|---|\n|\u2029b\u0085|\u000Bc\f|\n\n\u2002para\u2002\n");
    }

    @Test
    void fallsBackToFlexmarksCopyForTextNotReadFromTheSource() {
        assertEquals("plain", SourceText.of(BasedSequence.of("plain")));
        assertEquals("plain", SourceText.stripped(BasedSequence.of(" plain\u2003")));
    }

    private static void assertSameTexts(String what, String text) {
        Node document = MARKDOWN.parse(new BudgetedText(text, Long.MAX_VALUE));
        for (Node node : document.getDescendants()) {
            assertSame(what, node.getChars());
            assertSame(what, node.getChildChars());
            if (node instanceof Block block) {
                assertSame(what, block.getContentChars());
            }
            if (node instanceof Heading heading) {
                assertSame(what, heading.getText());
            }
            if (node instanceof TableCell cell) {
                assertSame(what, cell.getText());
            }
        }
    }

    private static void assertSame(String what, BasedSequence chars) {
        assertEquals(chars.toString(), SourceText.of(chars), what);
        assertEquals(chars.toString().strip(), SourceText.stripped(chars), what);
    }

    private static List<Path> markdownFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }
}
