package dev.lectern.parse;

import dev.lectern.model.LessonRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds lesson references in a cell: slugs, each maybe with {@code (7.3.1)} after it or before it
 * ({@code 7.3.1 (consistency-models)}), and bare {@code 7.3.1}.
 */
public final class LessonRefs {
    private static final Pattern SLUG_WITH_NUMBER = Pattern.compile(
            "(?<![\\w.-])(?=[a-z0-9-]*[a-z])([a-z0-9]+(?:-[a-z0-9]+)*)(?![\\w.-])\\s*\\((\\d+)\\.(\\d+)(?:\\.(\\d+))?[^)]*\\)");
    /** A position with the slug after it in parentheses: {@code 6.3.1 (unet-architecture)}, {@code 6.3.3 (clip)}. */
    private static final Pattern NUMBER_WITH_SLUG = Pattern.compile(
            "(?<![\\w.])(\\d+)\\.(\\d+)(?:\\.(\\d+))?\\s*\\(\\s*(?=[a-z0-9-]*[a-z])([a-z0-9]+(?:-[a-z0-9]+)*)\\s*(?=[),])");
    /** A hyphenated slug with a letter in it, not a piece of a number range such as {@code 7.1.1-7.1.2}. */
    private static final Pattern HYPHENATED_SLUG = Pattern.compile(
            "(?<![\\w.-])(?=[a-z0-9-]*[a-z])([a-z0-9]+(?:-[a-z0-9]+)+)(?![\\w.-])");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])(\\d+)\\.(\\d+)\\.(\\d+)(?![\\w.])");

    private LessonRefs() {
    }

    public static List<LessonRef> find(String cell) {
        String text = cell.replace("`", "");
        List<LessonRef> refs = new ArrayList<>();
        StringBuilder rest = new StringBuilder(text);
        Matcher m = SLUG_WITH_NUMBER.matcher(text);
        while (m.find()) {
            refs.add(new LessonRef(Optional.of(m.group(1)), Optional.of(m.group(2) + "." + m.group(3)),
                    Optional.ofNullable(m.group(4)).map(Integer::parseInt)));
            blank(rest, m.start(), m.end());
        }
        m = NUMBER_WITH_SLUG.matcher(rest);
        while (m.find()) {
            refs.add(new LessonRef(Optional.of(m.group(4)), Optional.of(m.group(1) + "." + m.group(2)),
                    Optional.ofNullable(m.group(3)).map(Integer::parseInt)));
            blank(rest, m.start(), m.end());
        }
        m = HYPHENATED_SLUG.matcher(rest);
        while (m.find()) {
            refs.add(new LessonRef(Optional.of(m.group(1)), Optional.empty(), Optional.empty()));
            blank(rest, m.start(), m.end());
        }
        m = NUMBER.matcher(rest);
        while (m.find()) {
            refs.add(new LessonRef(Optional.empty(), Optional.of(m.group(1) + "." + m.group(2)),
                    Optional.of(Integer.parseInt(m.group(3)))));
        }
        return refs;
    }

    private static void blank(StringBuilder text, int start, int end) {
        text.replace(start, end, " ".repeat(end - start));
    }
}
