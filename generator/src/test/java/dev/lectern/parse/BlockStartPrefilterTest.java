package dev.lectern.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.parser.core.IndentedCodeBlockParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import dev.lectern.testing.Repo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The prefiltered parser must build the very tree Flexmark builds when it asks every block-start
 * factory on every line: compared node by node (type, source range, markers, text) over the
 * content tree (with the seed), the shared corpus, hand-made edge cases and generated documents.
 */
class BlockStartPrefilterTest {
    private static final LecternMarkdown PREFILTERED = new LecternMarkdown();
    private static final LecternMarkdown PLAIN = LecternMarkdown.asFlexmarkParses();

    /** Line starts that reach the block-start factories, near misses of each syntax among them. */
    private static final List<String> LINE_STARTS = List.of("", "text", "- ", "-", "--", "---", "- - -", "-x",
            "* ", "*", "**bold**", "* * *", "***", "*\t*\t* ", "-- -x", "___x", "+ ", "+", "+x", "_ _ _", "___",
            "1. ", "1) ", "0. ", "0)", "12.", "1.x",
            "1234567890. ", "> ", ">", "# ", "#", "###### ", "####### ", "#x", "=", "===", "== x", "```",
            "```js", "``` x`", "~~~", "~~", "<div>", "<!-- c -->", "<x", ":::", ":::callout", "::::card-grid",
            ":::x {a=1}", "::", "$$", "$$ x $$", "$", "|", "| a | b |", "|---|---|", "  ", "   ", "    ", "\t",
            "  \t", "\u000B", "\f", "\u2003$$", "\u00A0- ", "-\u2028", "-\u0085", "= \r", "[x]: /u", "- [ ] ",
            "- [x] ", "\\- ", "`", "(", "!");

    @Test
    void holdsFlexmarksFactoriesInFlexmarksOrder() {
        List<Class<?>> expected = List.of(DirectiveBlockParser.Factory.class, DisplayMathBlockParser.Factory.class,
                BlockQuoteParser.Factory.class, HeadingParser.Factory.class, FencedCodeBlockParser.Factory.class,
                HtmlBlockParser.Factory.class, ThematicBreakParser.Factory.class, ListBlockParser.Factory.class,
                IndentedCodeBlockParser.Factory.class);
        assertEquals(expected, prefilter().factories().stream().map(Object::getClass).toList());
    }

    @Test
    void knowsEveryFactoryItHolds() {
        assertEquals(List.of(StartKind.DIRECTIVE, StartKind.DISPLAY_MATH, StartKind.BLOCK_QUOTE, StartKind.HEADING,
                        StartKind.FENCED_CODE, StartKind.HTML, StartKind.THEMATIC_BREAK, StartKind.LIST,
                        StartKind.INDENTED_CODE),
                prefilter().factories().stream().map(StartKind::of).toList());
    }

    @Test
    void buildsTheSameTreeForEveryFileOfTheContentTree() throws IOException {
        assertSameTrees(markdownFiles(Repo.content()));
    }

    @Test
    void buildsTheSameTreeForEveryFileOfTheCorpus() throws IOException {
        assertSameTrees(markdownFiles(Repo.corpus()));
    }

    @Test
    void buildsTheSameTreeForEveryLineStartAloneAfterTextInAListAndInAQuote() {
        for (String start : LINE_STARTS) {
            for (String context : List.of("%s rest\n", "para\n%s rest\n", "para\n%s\n", "- item\n%s rest\n",
                    "- item\n  %s rest\n", "1. item\n   %s\n", "> quote\n%s rest\n", "> %s\n", "- %s\n  - %s\n",
                    ":::callout\n%s rest\n:::\n", "$$\n%s\n$$\n", "```\n%s\n```\n", "| a |\n|---|\n%s |\n")) {
                String text = context.replace("%s", start);
                assertSameTree(text, text);
            }
        }
    }

    @Test
    void buildsTheSameTreeForGeneratedDocuments() {
        Random random = new Random(20261128);
        for (int doc = 0; doc < 3000; doc++) {
            StringBuilder text = new StringBuilder();
            int lines = 1 + random.nextInt(24);
            for (int line = 0; line < lines; line++) {
                text.append(LINE_STARTS.get(random.nextInt(LINE_STARTS.size())));
                if (random.nextBoolean()) {
                    text.append(LINE_STARTS.get(random.nextInt(LINE_STARTS.size())));
                }
                text.append(random.nextInt(3) == 0 ? "" : " words").append(random.nextInt(9) == 0 ? "\r\n" : "\n");
            }
            assertSameTree("generated document " + doc, text.toString());
        }
    }

    @Test
    void leavesTheFilterToTheFactoriesOnLinesIndentedAsCode() {
        // Four spaces: every factory is asked, so indented code and list continuations come out as Flexmark's.
        assertSameTree("indented", "- a\n\n    b\n    - c\n\n        code\n    ```\n");
    }

    /** The one factory the extension registers. */
    private static BlockStartPrefilter prefilter() {
        List<CustomBlockParserFactory> registered = new ArrayList<>();
        Parser.Builder recording = new Parser.Builder() {
            @Override
            public Parser.Builder customBlockParserFactory(CustomBlockParserFactory factory) {
                registered.add(factory);
                return this;
            }
        };
        LecternBlocksExtension.create().extend(recording);
        assertEquals(1, registered.size());
        return (BlockStartPrefilter) registered.get(0);
    }

    private static List<Path> markdownFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    private static void assertSameTrees(List<Path> files) throws IOException {
        for (Path file : files) {
            assertSameTree(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        }
    }

    private static void assertSameTree(String what, String text) {
        assertEquals(tree(PLAIN, text), tree(PREFILTERED, text), what);
    }

    /** Every node with its type, source range, details and text, indented by depth. */
    private static String tree(LecternMarkdown markdown, String text) {
        StringBuilder out = new StringBuilder();
        append(markdown.parse(text), 0, out);
        return out.toString();
    }

    private static void append(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node).append(' ').append(quoted(node.getChars())).append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            append(child, depth + 1, out);
        }
    }

    private static String quoted(CharSequence chars) {
        return '"' + chars.toString().replace("\n", "\\n").replace("\r", "\\r") + '"';
    }
}
