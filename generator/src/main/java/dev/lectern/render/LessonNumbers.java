package dev.lectern.render;

import dev.lectern.model.CourseContent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lessons students can open, by the number their module's plan gives them ({@code 7.2.1}: module 7.2's first
 * lesson), so that a lesson's "(from 7.2.1)" links to that lesson, as authors mean it. A lesson the plan does
 * not number, or that students are not shown, is not linked.
 */
record LessonNumbers(Map<String, Target> targets, String ownDir) {
    static final LessonNumbers NONE = new LessonNumbers(Map.of(), "");

    /** {@code 7.2.1}, not part of a version ({@code v1.5.2}, {@code 1.5.2.1}) or of a word. */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\w.])\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}(?![\\w]|\\.\\d)");

    /** The lesson a number leads to: its folder and title. */
    record Target(String dir, String title) {
        /** The lesson's page, relative to a lesson's pages. */
        String href() {
            return InlineMarkdown.lessonPage(dir);
        }
    }

    /** A number's place in a text, and where it leads. */
    record Found(int start, int end, Target target) {
    }

    LessonNumbers(Map<String, Target> targets) {
        this(Map.copyOf(targets), "");
    }

    static LessonNumbers of(CourseContent content, List<PublishedLesson> students) {
        Map<String, Target> targets = new HashMap<>();
        for (PublishedLesson p : students) {
            p.lesson().moduleId().flatMap(module -> content.modulePlan(module)
                            .flatMap(plan -> plan.lesson(p.lesson().slug()))
                            .map(planned -> module + "." + planned.position()))
                    .ifPresent(number -> targets.put(number, new Target(p.dir(), Typography.title(p.lesson()))));
        }
        return new LessonNumbers(targets);
    }

    /**
     * These numbers as the lesson in {@code dir} links them: not its own. The map is shared, not copied: each lesson's
     * pages are remembered with their numbers ({@link RenderCache}), and a thousand copies of a thousand numbers,
     * compared entry by entry at each of serve's rebuilds, tripled the CPU time of an edit at 1,000 lessons.
     */
    LessonNumbers of(String dir) {
        return new LessonNumbers(targets, dir);
    }

    /**
     * Whether {@code text} may hold a number: a scan for digits, dot, digits, dot, digit, cheaper than the pattern on
     * every text. A decimal ({@code 0.5}) is no number of a lesson: such a text stays on the plain-text fast path.
     */
    boolean mayHold(CharSequence text) {
        if (targets.isEmpty()) {
            return false;
        }
        int length = text.length();
        for (int i = 1; i + 1 < length; i++) {
            if (text.charAt(i) == '.' && isDigit(text.charAt(i - 1)) && isDigit(text.charAt(i + 1))) {
                int end = i + 1;
                while (end < length && isDigit(text.charAt(end))) {
                    end++;
                }
                if (end + 1 < length && text.charAt(end) == '.' && isDigit(text.charAt(end + 1))) {
                    return true;
                }
                i = end - 1;
            }
        }
        return false;
    }

    /** The numbers of lessons in {@code text}, in order. */
    List<Found> find(CharSequence text) {
        Matcher m = NUMBER.matcher(text);
        return m.results().filter(r -> targets.containsKey(r.group()) && !targets.get(r.group()).dir().equals(ownDir))
                .map(r -> new Found(r.start(), r.end(), targets.get(r.group()))).toList();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
