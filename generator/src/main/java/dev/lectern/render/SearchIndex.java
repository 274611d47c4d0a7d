package dev.lectern.render;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.lectern.model.Block;
import dev.lectern.model.Callout;
import dev.lectern.model.CardGrid;
import dev.lectern.model.CodeBlock;
import dev.lectern.model.ComparisonRow;
import dev.lectern.model.GradientCard;
import dev.lectern.model.Heading;
import dev.lectern.model.Inline;
import dev.lectern.model.Lesson;
import dev.lectern.model.ListBlock;
import dev.lectern.model.Paragraph;
import dev.lectern.model.Quote;
import dev.lectern.model.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The students' search, in two parts, both scripts (not JSON), so the search page also works from
 * {@code file://} and offline, where a page may not fetch files:
 * <ul>
 * <li>{@code lessons/search-index.js}, what MiniSearch matches, loaded with the search page: per
 * written lesson its folder, title, module, section headings, and each distinct word of its outline
 * once, sorted (a lesson's words repeat, and sorted lists of words compress well: at 1,000 lessons
 * the index is a fifth of the outline's text and compresses to a few percent of it);</li>
 * <li>{@code lessons/<folder>/search-sections.js}, per lesson each section of its outline (its top
 * headings) with its link and plain text, loaded only for the lessons a query finds: the results link
 * to the section the words are in and show a snippet of its text with the hit marked.</li>
 * </ul>
 * A lesson's part of the index is worked out with its pages (and remembered with them in {@code serve}),
 * so an edit re-reads one lesson. Text goes through Jackson, so nothing in it can end the script or
 * break out of a string.
 */
final class SearchIndex {
    static final String PATH = "lessons/search-index.js";
    static final String SECTIONS = "search-sections.js";
    /**
     * How MiniSearch cuts text into words (its default tokenizer): at spaces, line breaks and punctuation; and at the
     * arrow the pages write for {@code ->} ({@link Typography}), so that {@code DiT→MMDiT} is two words.
     */
    private static final Pattern WORD_BREAKS = Pattern.compile("[\\n\\r\\p{Z}\\p{P}\u2192]+");
    // a ByteArrayOutputStream that Jackson closes can still be written to
    private static final ObjectWriter WRITER = new ObjectMapper().writer().with(new NoLessThan());

    /** A lesson as the index lists it: {@code words} are the outline's distinct words, lower case, sorted. */
    record Entry(String dir, String title, String module, String headings, String words) {
    }

    /** A section of a lesson's outline; {@code url} is relative to {@code lessons/}. */
    record Section(String heading, String url, String text) {
    }

    /**
     * A lesson's part of the search.
     *
     * @param entry    its entry in the index, as JSON
     * @param sections its {@code search-sections.js}
     */
    record LessonSearch(byte[] entry, RenderedFile sections) {
    }

    /** @param module the lesson's module heading ({@code Module 7.3: Fast Generation}); empty when it has none */
    static LessonSearch of(PublishedLesson p, String module) {
        Lesson lesson = p.lesson();
        List<Section> sections = sections(p);
        Set<String> words = new TreeSet<>();
        for (Section section : sections) {
            for (String word : WORD_BREAKS.split(section.text().toLowerCase(Locale.ROOT))) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        Entry entry = new Entry(p.dir(), Typography.title(lesson), module, sections.stream().map(Section::heading)
                .filter(h -> !h.isEmpty()).collect(Collectors.joining("\n")), String.join(" ", words));
        ByteArrayOutputStream script = new ByteArrayOutputStream(1 << 12);
        write(script, "lecternSearchSections(");
        json(script, p.dir());
        write(script, ", ");
        json(script, sections);
        write(script, ");\n");
        return new LessonSearch(json(new ByteArrayOutputStream(256), entry).toByteArray(),
                new RenderedFile("lessons/" + p.dir() + "/" + SECTIONS, script.toByteArray()));
    }

    /** The index of the lessons whose entries are given, in the order given. */
    static RenderedFile index(List<byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(entries.stream().mapToInt(e -> e.length + 2).sum() + 64);
        write(bytes, "window.lecternSearch = [");
        for (int i = 0; i < entries.size(); i++) {
            write(bytes, i == 0 ? "\n" : ",\n");
            bytes.writeBytes(entries.get(i));
        }
        write(bytes, "\n];\n");
        return new RenderedFile(PATH, bytes.toByteArray());
    }

    /**
     * The outline's sections, each with the link to its heading (without an outline, the built record's
     * summary); a lesson without text still has one, found by its title.
     */
    private static List<Section> sections(PublishedLesson p) {
        Lesson lesson = p.lesson();
        List<Block> blocks = LessonPages.BuiltSummary.studentBlocks(lesson);
        int top = Heading.topLevel(blocks);
        Anchors anchors = Anchors.of(lesson);
        String url = p.dir() + "/index.html";
        List<Section> sections = new ArrayList<>();
        String heading = "";
        String anchor = "";
        StringBuilder text = new StringBuilder();
        boolean checkSection = false;
        for (Block block : blocks) {
            if (block instanceof Heading h) {
                checkSection = CheckAnswer.opensCheckSection(h);
            }
            if (block instanceof Heading h && h.level() == top) {
                if (!heading.isEmpty() || !text.toString().isBlank()) {
                    sections.add(new Section(heading, url + anchor, text.toString().strip()));
                }
                heading = Typography.plain(h.text());
                anchor = "#" + anchors.id(h.line(), h.text());
                text.setLength(0);
            } else {
                text(block, checkSection, text);
            }
        }
        if (sections.isEmpty() || !heading.isEmpty() || !text.toString().isBlank()) {
            sections.add(new Section(heading, url + anchor, text.toString().strip()));
        }
        return sections;
    }

    private static ByteArrayOutputStream json(ByteArrayOutputStream out, Object value) {
        try {
            WRITER.writeValue(out, value);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the search index", e);
        }
        return out;
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Escapes "<" as \u003c. It appears only inside JSON strings, where the escape means the same: then
     * not even a copy of the index pasted into an inline script could be ended by a lesson's "</script>".
     */
    private static final class NoLessThan extends CharacterEscapes {
        private final int[] escapes = standardAsciiEscapesForJSON();

        NoLessThan() {
            escapes['<'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null; // only the standard escapes above
        }
    }

    /**
     * A block's words, as a student reads them: no Markdown marks, code as written, formulas as TeX; a check
     * question without its answer, which the page keeps behind "Show answer" and a search snippet would give away;
     * no direction of the author's ({@link StageDirections}).
     */
    private static void text(Block block, boolean checkSection, StringBuilder out) {
        if (block instanceof Paragraph p) {
            // as the student page shows it
            StageDirections.spoken(CheckAnswer.question(p.text(), checkSection)).forEach(part -> words(part, out));
        } else if (block instanceof Heading h) {
            words(h.text(), out);
        } else if (block instanceof ListBlock l) {
            l.items().forEach(item -> item.blocks().forEach(b -> text(b, checkSection, out)));
        } else if (block instanceof Quote q) {
            q.blocks().forEach(b -> text(b, checkSection, out));
        } else if (block instanceof Callout c) {
            c.title().ifPresent(t -> words(t, out));
            c.body().forEach(b -> text(b, checkSection, out));
        } else if (block instanceof GradientCard g) {
            g.title().ifPresent(t -> words(t, out));
            g.body().forEach(b -> text(b, checkSection, out));
        } else if (block instanceof CardGrid grid) {
            grid.cards().forEach(card -> text(card, checkSection, out));
        } else if (block instanceof ComparisonRow row) {
            row.title().ifPresent(t -> words(t, out));
            for (ComparisonRow.Side side : List.of(row.left(), row.right())) {
                words(side.title(), out);
                side.items().forEach(i -> {
                    words(i.label(), out);
                    words(i.text(), out);
                });
            }
        } else if (block instanceof Table t) {
            t.header().forEach(c -> words(c, out));
            t.rows().forEach(r -> r.cells().forEach(c -> words(c, out)));
        } else if (block instanceof CodeBlock c) {
            out.append(c.code()).append(' ');
        }
        // formulas, raw HTML, rules and planning tables: nothing a student searches for by word
    }

    private static void words(Inline text, StringBuilder out) {
        out.append(Typography.plain(text)).append(' ');
    }
}
