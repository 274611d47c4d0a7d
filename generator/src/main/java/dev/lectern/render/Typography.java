package dev.lectern.render;

import dev.lectern.model.Inline;
import dev.lectern.model.Lesson;

/**
 * The dashes and arrows authors type in ASCII, as students read them: {@code word -- word} and {@code word--word}
 * as an em dash without spaces ({@code word—word}, the course's writing style rule), {@code 1--2} as an en dash,
 * {@code ->} as {@code →}. Three hyphens, {@code -->}, {@code <->}, {@code <!--} and a backslash before stay as
 * written; so does a {@code --} at either end of a text, where what stands beyond it is unknown. Callers apply it to
 * prose only: never to code, formulas, link targets or attributes.
 */
final class Typography {
    private static final char EM_DASH = '\u2014';
    private static final char EN_DASH = '\u2013';
    private static final char ARROW = '\u2192';

    private Typography() {
    }

    /** Whether {@code text} holds anything {@link #apply} may change: the one test a text without it pays. */
    static boolean applies(String text) {
        return text.contains("--") || text.contains("->");
    }

    /**
     * The text without its marks ({@link Inline#plain}), as a student reads it: its dashes and arrows typeset when all
     * of it is prose, not where code, a formula or an address might hold them as written. For a page's table of
     * contents and the search, beside the text the page renders ({@link InlineMarkdown}).
     */
    static String plain(Inline text) {
        String plain = text.plain();
        return applies(plain) && isProse(text.markdown()) ? apply(plain, ' ', ' ') : plain;
    }

    /**
     * A lesson's title ({@link Lesson#displayTitle}) as students read it, its dashes and arrows typeset when all of the
     * title is prose ({@link #plain}): on their pages' heading, tab, breadcrumb, lists of lessons and search results.
     */
    static String title(Lesson lesson) {
        return lesson.title().filter(title -> isProse(title.markdown())).flatMap(title -> lesson.statedTitle())
                .filter(Typography::applies).map(title -> apply(title, ' ', ' ')).orElseGet(lesson::displayTitle);
    }

    private static boolean isProse(String markdown) {
        return markdown.indexOf('`') < 0 && markdown.indexOf('$') < 0 && markdown.indexOf('<') < 0
                && markdown.indexOf('\\') < 0 && !markdown.contains("://") && !markdown.contains("www.");
    }

    /**
     * {@code text} with its dashes and arrows typeset; {@code before} and {@code after} are the characters around it
     * (a space where there are none), which decide a dash at either end.
     */
    static String apply(CharSequence text, char before, char after) {
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            char previous = i > 0 ? text.charAt(i - 1) : before;
            char next = i + 1 < n ? text.charAt(i + 1) : after;
            if (c != '-' || i + 1 >= n || previous == '-' || previous == '<' || previous == '\\') {
                out.append(c);
            } else if (next == '>') {
                out.append(ARROW);
                i++;
            } else if (next == '-') {
                char beyond = i + 2 < n ? text.charAt(i + 2) : after;
                if (beyond == '-' || beyond == '>' || previous == '!') {
                    out.append(c);
                } else if (isSpace(previous) && isSpace(beyond) && i > 0 && i + 2 < n) {
                    out.setLength(out.length() - 1); // the space before; the one after is skipped
                    out.append(EM_DASH);
                    i += 2;
                } else if (endsWord(previous) && startsWord(beyond)) {
                    out.append(Character.isDigit(previous) && Character.isDigit(beyond) ? EN_DASH : EM_DASH);
                    i++;
                } else {
                    out.append(c);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00a0';
    }

    private static boolean endsWord(char c) {
        return Character.isLetterOrDigit(c) || ")]\"'\u201d\u2019*_".indexOf(c) >= 0;
    }

    private static boolean startsWord(char c) {
        return Character.isLetterOrDigit(c) || "([\"'\u201c\u2018*_".indexOf(c) >= 0;
    }
}
