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
import dev.lectern.model.Part;
import dev.lectern.model.Quote;
import dev.lectern.model.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The students' search index, {@code lessons/search-index.js}: one document per section of each
 * written lesson's outline (its top headings), with the lesson's title and module, the section's
 * heading and plain text, and the link to it. A script, not JSON, so the search page also works
 * from {@code file://} and offline, where a page may not fetch files. MiniSearch indexes it in the
 * browser. Text goes through Jackson, so nothing in it can end the script or break out of a string.
 */
final class SearchIndex {
    static final String PATH = "lessons/search-index.js";
    // a ByteArrayOutputStream that Jackson closes can still be written to
    private static final ObjectWriter WRITER = new ObjectMapper().writer().with(new NoLessThan());

    /** A section as the search page needs it; {@code url} is relative to {@code lessons/}. */
    record Document(int id, String title, String module, String heading, String url, String text) {
    }

    /** @param modules each lesson's module heading ({@code Module 7.3: Fast Generation}), by folder */
    static RenderedFile of(List<PublishedLesson> lessons, Map<String, String> modules) {
        List<Document> documents = new ArrayList<>();
        for (PublishedLesson p : lessons) {
            Lesson lesson = p.lesson();
            List<Block> blocks = lesson.outline().map(Part::blocks).orElse(List.of());
            int top = blocks.stream().filter(Heading.class::isInstance).mapToInt(b -> ((Heading) b).level()).min()
                    .orElse(2);
            Anchors anchors = Anchors.of(lesson);
            String url = p.dir() + "/index.html";
            String heading = "";
            String anchor = "";
            StringBuilder text = new StringBuilder();
            int first = documents.size();
            for (Block block : blocks) {
                if (block instanceof Heading h && h.level() == top) {
                    if (!heading.isEmpty() || !text.toString().isBlank()) {
                        add(documents, lesson, p, modules, heading, url + anchor, text);
                    }
                    heading = h.text().plain();
                    anchor = "#" + anchors.id(h.line(), h.text());
                    text.setLength(0);
                } else {
                    text(block, text);
                }
            }
            if (documents.size() == first || !heading.isEmpty() || !text.toString().isBlank()) {
                add(documents, lesson, p, modules, heading, url + anchor, text); // a lesson without text is still found by its title
            }
        }
        // Written straight to bytes: at 1,000 lessons the index is about 20 MB, and as a string, its
        // escaped copy and then its bytes it took several times that in memory at once.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try {
            bytes.write("window.lecternSearch = ".getBytes(StandardCharsets.UTF_8));
            WRITER.writeValue(bytes, documents);
            bytes.write(";\n".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the search index", e);
        }
        return new RenderedFile(PATH, bytes.toByteArray());
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

    private static void add(List<Document> documents, Lesson lesson, PublishedLesson p, Map<String, String> modules,
                            String heading, String url, StringBuilder text) {
        documents.add(new Document(documents.size(), lesson.displayTitle(), modules.getOrDefault(p.dir(), ""),
                heading, url, text.toString().strip()));
    }

    /** A block's words, as a student reads them: no Markdown marks, code as written, formulas as TeX. */
    private static void text(Block block, StringBuilder out) {
        if (block instanceof Paragraph p) {
            words(p.text(), out);
        } else if (block instanceof Heading h) {
            words(h.text(), out);
        } else if (block instanceof ListBlock l) {
            l.items().forEach(item -> item.blocks().forEach(b -> text(b, out)));
        } else if (block instanceof Quote q) {
            q.blocks().forEach(b -> text(b, out));
        } else if (block instanceof Callout c) {
            c.title().ifPresent(t -> words(t, out));
            c.body().forEach(b -> text(b, out));
        } else if (block instanceof GradientCard g) {
            g.title().ifPresent(t -> words(t, out));
            g.body().forEach(b -> text(b, out));
        } else if (block instanceof CardGrid grid) {
            grid.cards().forEach(card -> text(card, out));
        } else if (block instanceof ComparisonRow row) {
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
        out.append(text.plain()).append(' ');
    }
}
