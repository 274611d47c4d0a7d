package dev.lectern.site;

import dev.lectern.model.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The source line under a diagnostic, as compilers show it:
 * <pre>
 *    263 | "The weight change ... W_distilled â‰ˆ W_original + BA. This means you can:"
 *        |                                     ^
 * </pre>
 * Files are read from the content folder (diagnostics name them relative to it), each once. A line
 * longer than {@link #WIDTH} characters is cut around the column with {@code ...} on the cut sides.
 * The line is made {@link TerminalText#safe safe for the terminal}: control and bidirectional-override
 * characters are shown as U+FFFD and tabs as one space, so the caret stays under its column.
 */
public final class SourceExcerpts {
    /** Characters of a source line shown at most. */
    static final int WIDTH = 100;
    /** How far the column sits from the left edge of a cut line. */
    private static final int LEAD = 40;
    private static final int GUTTER = 6;
    private static final String CUT = "...";

    private final Path contentDir;
    private final Map<String, Optional<List<String>>> files = new HashMap<>();

    private SourceExcerpts(Path contentDir) {
        this.contentDir = contentDir.toAbsolutePath().normalize();
    }

    /** Excerpts from the files under {@code contentDir}. */
    public static SourceExcerpts of(Path contentDir) {
        return new SourceExcerpts(contentDir);
    }

    /**
     * The lines to print under {@code d}: the source line and, when the column is known, a caret
     * under it. Nothing for line 0 (the whole file) or a file that cannot be read.
     */
    public List<String> excerpt(Diagnostic d) {
        if (d.line() == 0) {
            return List.of();
        }
        return sourceLine(d.file(), d.line()).map(text -> draw(d.line(), d.column(), text)).orElse(List.of());
    }

    /** Line {@code line} of {@code file} as written; empty for line 0, a line past the end or a file it cannot read. */
    public Optional<String> sourceLine(String file, int line) {
        if (line < 1) {
            return Optional.empty();
        }
        return files.computeIfAbsent(file, this::read)
                .filter(lines -> line <= lines.size())
                .map(lines -> lines.get(line - 1));
    }

    /** The file's lines as the parser numbers them (BOM dropped; LF, CRLF and CR end a line). */
    private Optional<List<String>> read(String file) {
        Path path = contentDir.resolve(file).normalize();
        if (!path.startsWith(contentDir) || !Files.isRegularFile(path)) {
            return Optional.empty(); // not a content file: a published page, or a path from elsewhere
        }
        try {
            String text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return Optional.of(List.of(text.split("\r\n|\r|\n", -1)));
        } catch (IOException e) {
            return Optional.empty(); // an excerpt is a courtesy; the diagnostic itself is printed regardless
        }
    }

    /** {@code column} counts UTF-16 units from 1, as the parser's do; 0 means unknown (no caret). */
    private static List<String> draw(int line, int column, String source) {
        int[] chars = TerminalText.safe(source).codePoints().toArray();
        int at = column == 0 ? 0 : source.codePointCount(0, Math.min(column - 1, source.length()));
        int start = 0;
        int end = chars.length;
        if (chars.length > WIDTH) {
            start = Math.max(0, Math.min(at - LEAD, chars.length - WIDTH));
            end = start + WIDTH;
        }
        String prefix = start > 0 ? CUT : "";
        String shown = prefix + new String(chars, start, end - start) + (end < chars.length ? CUT : "");
        String number = Integer.toString(line);
        String gutter = " ".repeat(Math.max(0, GUTTER - number.length())) + number;
        String first = gutter + " | " + shown;
        if (column == 0) {
            return List.of(first.stripTrailing());
        }
        String caret = " ".repeat(gutter.length()) + " | " + " ".repeat(prefix.length() + at - start) + "^";
        return List.of(first.stripTrailing(), caret);
    }
}
