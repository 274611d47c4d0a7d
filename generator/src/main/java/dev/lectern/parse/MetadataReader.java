package dev.lectern.parse;

import dev.lectern.model.Rule;
import dev.lectern.model.Block;
import dev.lectern.model.CognitiveLoad;
import dev.lectern.model.FileReporter;
import dev.lectern.model.Inline;
import dev.lectern.model.LessonMetadata;
import dev.lectern.model.LessonMetadata.Field;
import dev.lectern.model.LessonMetadata.Ordinal;
import dev.lectern.model.LessonMetadata.Position;
import dev.lectern.model.ListBlock;
import dev.lectern.model.Located;
import dev.lectern.model.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code **Key:** value} fields at the top of a lesson, one or several to a line.
 * Paragraphs made only of fields are metadata; {@link #remainder} gives the other preamble blocks.
 */
final class MetadataReader {

    /** {@code **Key:**}, {@code **Key**:} or in italics, {@code *Key:*}. */
    private static final Pattern FIELD = Pattern.compile("\\*\\*([^*:]{1,40}):\\*\\*|\\*\\*([^*:]{1,40})\\*\\*:"
            + "|(?<![*\\w])[*_]([^*_:]{1,40}):[*_](?![*\\w])");
    /** A field written without bold ({@code Slug: x}), read only for the keys Lectern knows. */
    private static final Pattern PLAIN_FIELD = Pattern.compile("^([A-Za-z][A-Za-z ]{1,30}):\\s");
    private static final Set<String> KNOWN_KEYS = Set.of("slug", "series", "module", "position",
            "cognitive load", "cognitive load type", "load", "type", "status");
    private static final Pattern NUMBER_AND_TITLE = Pattern.compile(
            "^(?:(?:Module|Series)\\s+)?`?(\\d{1,4}(?:\\.\\d{1,4})?)`?\\s*(?:\\((.*)\\)|(?:--|—|–|-|:|(?<=\\s))\\s*(.*))?\\s*$");
    private static final Pattern ORDINAL = Pattern.compile(
            "(?:Lesson\\s+|#)?(\\d{1,4})\\s*(?:of|/)\\s*(\\d{1,4}|\\?)(\\+)?(?:\\s*\\((?:in\\s+)?(?:the\\s+)?(series|module)?[^)]*\\))?"
                    + "(?:\\s+in\\s+(?:the\\s+)?(series|module))?",
            Pattern.CASE_INSENSITIVE);

    private final FileReporter reporter;

    MetadataReader(FileReporter reporter) {
        this.reporter = reporter;
    }

    LessonMetadata read(List<Block> preamble) {
        List<Field> fields = new ArrayList<>();
        for (Block block : preamble) {
            if (isMetadata(block)) {
                paragraphs(block).forEach(p -> fields.addAll(fields(p)));
            }
        }
        return interpret(fields);
    }

    /** The preamble without its metadata paragraphs. */
    List<Block> remainder(List<Block> preamble) {
        return preamble.stream().filter(b -> !isMetadata(b)).toList();
    }

    /** A paragraph of fields, or a list whose items are ({@code - **Slug:** x}). */
    private static boolean isMetadata(Block block) {
        List<Paragraph> paragraphs = paragraphs(block);
        return !paragraphs.isEmpty() && paragraphs.stream().allMatch(p -> p.text().markdown().lines().allMatch(
                l -> FIELD.matcher(l).lookingAt() || plainKey(l).isPresent()));
    }

    /** The paragraph, or each list item's only paragraph; empty for anything else. */
    private static List<Paragraph> paragraphs(Block block) {
        if (block instanceof Paragraph paragraph) {
            return List.of(paragraph);
        }
        if (block instanceof ListBlock list && list.items().stream()
                .allMatch(i -> i.blocks().size() == 1 && i.blocks().get(0) instanceof Paragraph)) {
            return list.items().stream().map(i -> (Paragraph) i.blocks().get(0)).toList();
        }
        return List.of();
    }

    private static Optional<String> plainKey(String line) {
        Matcher m = PLAIN_FIELD.matcher(line);
        return m.lookingAt() && KNOWN_KEYS.contains(m.group(1).strip().toLowerCase(Locale.ROOT))
                ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    private static List<Field> fields(Paragraph paragraph) {
        List<Field> fields = new ArrayList<>();
        Inline text = paragraph.text();
        List<String> lines = text.markdown().replace('\u00a0', ' ').lines().toList();
        int lineStart = 0; // in the text
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int at = lineStart;
            lineStart += line.length() + 1;
            Optional<String> plain = plainKey(line);
            if (plain.isPresent() && !FIELD.matcher(line).lookingAt()) {
                int value = valueStart(line, line.indexOf(':') + 1);
                fields.add(new Field(paragraph.line() + i, text.columnAt(at), plain.get(),
                        withoutSeparator(line.substring(value)), text.columnAt(at + value)));
                continue;
            }
            Matcher m = FIELD.matcher(line);
            List<int[]> starts = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            while (m.find()) {
                starts.add(new int[] {m.start(), m.end()});
                keys.add((m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3)).strip());
            }
            for (int k = 0; k < starts.size(); k++) {
                int valueEnd = k + 1 < starts.size() ? starts.get(k + 1)[0] : line.length();
                int value = Math.min(valueStart(line, starts.get(k)[1]), valueEnd);
                fields.add(new Field(paragraph.line() + i, text.columnAt(at + starts.get(k)[0]), keys.get(k),
                        withoutSeparator(line.substring(value, valueEnd)), text.columnAt(at + value)));
            }
        }
        return fields;
    }

    /** Where a value that follows {@code from} starts: past the spaces. */
    private static int valueStart(String line, int from) {
        int start = from;
        while (start < line.length() && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        return start;
    }

    /** The value without the separator before the next field: {@code ,}, {@code ;}, {@code |} or {@code ·}. */
    private static String withoutSeparator(String value) {
        return value.strip().replaceFirst("\\s*[,;|·•]$", "").strip();
    }

    private LessonMetadata interpret(List<Field> fields) {
        Optional<Located<String>> slug = Optional.empty();
        Optional<Located<Integer>> series = Optional.empty();
        Optional<Located<String>> seriesTitle = Optional.empty();
        Optional<Located<String>> module = Optional.empty();
        Optional<Located<String>> moduleTitle = Optional.empty();
        Optional<Position> position = Optional.empty();
        Optional<Located<CognitiveLoad>> load = Optional.empty();
        Optional<Located<String>> type = Optional.empty();
        Optional<Located<String>> status = Optional.empty();
        for (Field field : fields) {
            String key = field.key().toLowerCase(Locale.ROOT);
            String value = field.value();
            int line = field.line();
            switch (key) {
                case "slug" -> slug = Optional.of(new Located<>( // also as a link or the file's name: x.md
                        new Inline(value, line).plain().replaceFirst("\\.md$", "").strip(), line));
                case "series" -> {
                    Matcher m = NUMBER_AND_TITLE.matcher(value);
                    if (m.matches() && !m.group(1).contains(".")) {
                        series = Optional.of(new Located<>(Integer.parseInt(m.group(1)), line));
                        seriesTitle = title(m, line);
                    }
                }
                case "module" -> {
                    Matcher m = NUMBER_AND_TITLE.matcher(value);
                    if (m.matches()) {
                        module = Optional.of(new Located<>(m.group(1), line));
                        moduleTitle = title(m, line);
                    }
                }
                case "position" -> position = Optional.of(position(value, line));
                case "cognitive load", "cognitive load type", "load" -> load = cognitiveLoad(field);
                case "type" -> type = Optional.of(new Located<>(value, line));
                case "status" -> status = Optional.of(new Located<>(value, line));
                default -> {
                    // kept in fields as written
                }
            }
        }
        if (load.isEmpty() && type.isPresent()) {
            Located<String> t = type.get();
            load = Vocabulary.cognitiveLoad(t.value()).map(l -> new Located<>(l, t.line()));
        }
        return new LessonMetadata(slug, series, seriesTitle, module, moduleTitle, position, load, type, status,
                fields);
    }

    private Optional<Located<CognitiveLoad>> cognitiveLoad(Field field) {
        Optional<CognitiveLoad> load = Vocabulary.cognitiveLoad(field.value());
        if (load.isEmpty()) {
            reporter.report(Rule.UNKNOWN_COGNITIVE_LOAD, field.line(), field.valueColumn(), "cognitive load '" + field.value()
                    + "' is none of BUILD, STRETCH, CONSOLIDATE");
        }
        return load.map(l -> new Located<>(l, field.line()));
    }

    private static Optional<Located<String>> title(Matcher m, int line) {
        String title = m.group(2) != null ? m.group(2) : m.group(3);
        return title == null || title.isBlank() ? Optional.empty() : Optional.of(new Located<>(title.strip(), line));
    }

    private static Position position(String value, int line) {
        Optional<Ordinal> inModule = Optional.empty();
        Optional<Ordinal> inSeries = Optional.empty();
        Matcher m = ORDINAL.matcher(value);
        while (m.find()) {
            Optional<Integer> total = m.group(2).equals("?") ? Optional.empty()
                    : Optional.of(Integer.parseInt(m.group(2)));
            Ordinal ordinal = new Ordinal(Integer.parseInt(m.group(1)), total, m.group(3) != null);
            String written = m.group(4) != null ? m.group(4) : m.group(5); // (series) or in series
            String scope = written == null ? "" : written.toLowerCase(Locale.ROOT);
            if (scope.equals("series")) {
                inSeries = Optional.of(ordinal);
            } else if (inModule.isEmpty()) {
                inModule = Optional.of(ordinal);
            }
        }
        return new Position(line, value, inModule, inSeries);
    }
}
