package dev.lectern.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the lesson slug in a cell such as {@code `consistency-models`} or {@code Lesson 6 -- consistency-models}. */
final class Slugs {
    private static final Pattern HYPHENATED = Pattern.compile("(?<![\\w-])([a-z0-9]+(?:-[a-z0-9]+)+)(?![\\w-])");
    private static final Pattern WORD = Pattern.compile("(?<![\\w-])([a-z][a-z0-9]*)(?![\\w-])");

    private Slugs() {
    }

    /** Every hyphenated slug in a cell ({@code gradient-descent, loss-functions}), else the one word it holds. */
    static List<String> findAll(String cell) {
        List<String> slugs = HYPHENATED.matcher(cell.replace("`", "").replace("*", "")).results().map(m -> m.group(1))
                .toList();
        return slugs.isEmpty() ? find(cell).map(List::of).orElse(List.of()) : slugs;
    }

    static Optional<String> find(String cell) {
        String text = cell.replace("`", "").replace("*", "");
        Matcher m = HYPHENATED.matcher(text);
        if (m.find()) {
            return Optional.of(m.group(1));
        }
        m = WORD.matcher(text.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
