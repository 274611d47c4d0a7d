package dev.lectern.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.lectern.testing.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Flexmark's heading parser asked only where a line can start a heading builds the very tree that
 * Flexmark's own registration builds: compared node by node (type, source range, details, text)
 * over the content tree, the shared corpus, near misses of every line start, and generated documents.
 */
class HeadingStartsTest {
    private static final Parser OURS = parser(true);
    private static final Parser FLEXMARKS = parser(false);

    /** Line starts, near misses of each syntax among them. */
    private static final List<String> LINE_STARTS = List.of("", "text", "- ", "-", "--", "---", "- - -", "-x",
            "* ", "**bold**", "***", "+ ", "1. ", "1) ", "> ", ">", "# ", "#", "###### ", "####### ", "#x", "=",
            "===", "== x", "= =", "---  ", "--- x", "-\t", "```", "~~~", "<div>", ":::", ":::callout", "$$", "|",
            "| a | b |", "|---|---|", "  ", "    ", "\t", "\u00A0- ", "-\u2028", "= \r", "[x]: /u", "- [ ] ", "\\- ");

    private static Parser parser(boolean headingStarts) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), TaskListExtension.create(),
                StrikethroughExtension.create()));
        options.set(Parser.HEADING_PARSER, !headingStarts);
        Parser.Builder builder = Parser.builder(options)
                .customBlockParserFactory(new DirectiveBlockParser.Factory())
                .customBlockParserFactory(new DisplayMathBlockParser.Factory());
        if (headingStarts) {
            builder.customBlockParserFactory(new HeadingStarts());
        }
        return builder.build();
    }

    @Test
    void buildsFlexmarksTreeForEveryFileOfTheContentTreeAndTheCorpus() throws IOException {
        for (Path root : List.of(Repo.content(), Repo.corpus())) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(p -> p.toString().endsWith(".md")).toList()) {
                    assertSameTree(file.toString(), Files.readString(file));
                }
            }
        }
    }

    @Test
    void buildsFlexmarksTreeForEveryLineStartAfterTextInAListAndInAQuote() {
        for (String start : LINE_STARTS) {
            for (String context : List.of("%s rest\n", "para\n%s\n", "para\n%s rest\n", "- item\n%s\n",
                    "- item\n  %s\n", "> quote\n%s\n", "> %s\n", ":::callout\npara\n%s\n:::\n", "| a |\n|---|\n%s\n",
                    "```\n%s\n```\n")) {
                String text = context.replace("%s", start);
                assertSameTree(text, text);
            }
        }
    }

    @Test
    void buildsFlexmarksTreeForGeneratedDocuments() {
        Random random = new Random(20261204);
        for (int doc = 0; doc < 1000; doc++) {
            StringBuilder text = new StringBuilder();
            for (int line = 1 + random.nextInt(16); line > 0; line--) {
                text.append(LINE_STARTS.get(random.nextInt(LINE_STARTS.size())));
                if (random.nextBoolean()) {
                    text.append(LINE_STARTS.get(random.nextInt(LINE_STARTS.size())));
                }
                text.append(random.nextInt(3) == 0 ? "" : " words").append('\n');
            }
            assertSameTree("generated document " + doc, text.toString());
        }
    }

    private static void assertSameTree(String what, String text) {
        assertEquals(tree(FLEXMARKS, text), tree(OURS, text), what);
    }

    /** Every node with its type, source range, details and text, indented by depth. */
    private static String tree(Parser parser, String text) {
        StringBuilder out = new StringBuilder();
        append(parser.parse(SourceSequence.of(text)), 0, out);
        return out.toString();
    }

    private static void append(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node).append(" \"")
                .append(node.getChars().toString().replace("\n", "\\n").replace("\r", "\\r")).append("\"\n");
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            append(child, depth + 1, out);
        }
    }
}
