package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.testing.Repo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The direct path must write exactly what Flexmark's renderer and the sanitiser write, and typeset
 * the same formulas in the same order. Checked over every line, table cell and paragraph of the
 * seed and the corpus, hand-picked edge cases, and random runs of Markdown's special characters.
 */
class DirectInlineHtmlTest {

    private final InlineMarkdown markdown = new InlineMarkdown(new HtmlSanitizer());

    @Test
    void writesWhatTheSanitisedRendererWritesForEveryFragmentOfTheSeed() {
        Set<String> fragments = fragmentsOf(Repo.seed());
        assertSameHtml(fragments);
        long direct = fragments.stream().filter(this::rendersDirectly).count();
        // Most of a lesson is plain prose with emphasis, code and formulas: the path must be taken.
        assertTrue(direct * 10 >= fragments.size() * 8, direct + " of " + fragments.size() + " fragments direct");
    }

    @Test
    void writesWhatTheSanitisedRendererWritesForEveryFragmentOfTheCorpus() {
        Set<String> fragments = new LinkedHashSet<>();
        try (Stream<Path> files = Files.walk(Repo.corpus())) {
            files.filter(file -> file.toString().endsWith(".md")).sorted().forEach(file -> fragments.addAll(fragmentsOf(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertSameHtml(fragments);
    }

    @Test
    void writesWhatTheSanitisedRendererWritesForEdgeCases() {
        assertSameHtml(List.of(
                "  leading and trailing  ", "a  \nhard break", "a\\\nbackslash break", "soft\nbreak", "tab\there",
                "&amp; &lt; &gt; &quot; &nbsp; &#169; &#x1F600; &bogus; & alone", "5 > 3 < 4", "\u00A0nbsp\u00A0",
                "quotes \"double\" and 'single'", "`code  with   spaces`", "`` a ` b ``", "``", "` `",
                "**bold *nested* bold**", "__under__ _score_", "~~struck~~ ~single~", "***both***",
                "$x$ and $$y$$ and $5 and $6", "price \\$5", "$a$$b$", "**$x$**", "`$x$`", "emoji 😀 é ü",
                "first para\n\nsecond para", "\n\n\nafter blanks", "# not a heading", "1. not a list",
                "- not a list", "> not a quote", "    not code", "<b>raw</b>", "[link](https://x.y)",
                "![img](a.png)", "<https://auto.link>", "[ref]", "[x]: /url", "\\* escaped \\_ marks \\`",
                "a\u0001control", "lone \uD800 surrogate", "mark \uE000 char", "trailing backslash\\",
                "___", "***", "* * *", "line one  \nline two  ", "a\r\nb", "word_with_underscores_inside"));
    }

    @Test
    void writesStrongSpansOfALineAsTheSanitisedRendererDoes() {
        assertSameHtml(List.of("**Label:** text", "**Verbal/Analogy**", "Type: **Before/After reveal**",
                "**a** and **b** > c", "a**b**c", "**a**:", "** a**", "**a **", "**a\t** b", "**\u00A0a**",
                "**a\u00A0** b", "***a***", "**a*", "*a*", "**", "****", "** **", "**a** **", "x ** y",
                "  **padded**  ", "**(a)** b", "**a**b", "“**quoted**”", "**Series:** 24 (A), **Module:** 24.3 (B)"));
    }

    @Test
    void writesStrongSpansWithoutFlexmarkWhereNoOtherReadingExists() {
        assertEquals(Optional.of("<strong>Label:</strong> a &gt; b"), DirectInlineHtml.plainLine("**Label:** a > b"));
        assertEquals(Optional.empty(), DirectInlineHtml.plainLine("**a**:"));
    }

    @Test
    void writesWhatTheSanitisedRendererWritesForRandomMarkdown() {
        String[] pieces = {"a", "b", " ", "  ", "\n", "\n\n", "*", "**", "_", "__", "`", "~~", "$", "$$", "\\",
            "&", "&amp;", "&nbsp;", "<", ">", "[", "]", "(", ")", "!", "x", "é", "😀", "\u00A0", "\"", "'", "#", "1.", "-"};
        Random random = new Random(20261127);
        List<String> texts = new ArrayList<>();
        for (int n = 0; n < 5000; n++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            texts.add(text.toString());
        }
        assertSameHtml(texts);
    }

    @Test
    void leavesLinksImagesAndRawHtmlToTheSanitiser() {
        for (String text : List.of("[link](https://x.y)", "![img](a.png)", "<b>raw</b>", "<https://auto.link>",
                "a\u0001control")) {
            assertEquals(false, rendersDirectly(text), text);
        }
    }

    private boolean rendersDirectly(String text) {
        return DirectInlineHtml.render(markdown.parse(text), (tex, display, offset) -> "").isPresent();
    }

    private void assertSameHtml(Iterable<String> texts) {
        int compared = 0;
        for (String text : texts) {
            List<String> directCalls = new ArrayList<>();
            List<String> fullCalls = new ArrayList<>();
            String direct = markdown.toHtml(text, recording(directCalls));
            String full = markdown.toSanitisedHtml(text, recording(fullCalls));
            assertEquals(full, direct, () -> "HTML of " + quoted(text));
            assertEquals(fullCalls, directCalls, () -> "formulas of " + quoted(text));
            compared++;
        }
        assertTrue(compared > 0, "nothing compared");
    }

    /** A typesetter whose output shows the formula, its mode and its offset, and that records the calls. */
    private static InlineMarkdown.Typesetter recording(List<String> calls) {
        return (tex, display, offset) -> {
            calls.add(tex + "|" + display + "|" + offset);
            return "<span class=\"katex\">" + tex.replace("&", "&amp;").replace("<", "&lt;") + "</span>";
        };
    }

    /** Every line, every table cell and every paragraph of a Markdown file. */
    private static Set<String> fragmentsOf(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> fragments = new LinkedHashSet<>();
        for (String paragraph : text.split("\n\\s*\n")) {
            fragments.add(paragraph);
            for (String line : paragraph.split("\n")) {
                fragments.add(line);
                if (line.startsWith("|")) {
                    for (String cell : line.split("(?<!\\\\)\\|")) {
                        fragments.add(cell);
                    }
                }
            }
        }
        return fragments;
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\n", "\\n") + "\"";
    }
}
