package dev.lectern.validate;

import dev.lectern.model.CourseContent;
import dev.lectern.model.DiagnosticSink;
import dev.lectern.model.FileReporter;
import dev.lectern.model.Inline;
import dev.lectern.model.Lesson;
import dev.lectern.model.LinkDefinition;
import dev.lectern.model.ModulePlan;
import dev.lectern.model.Rule;
import dev.lectern.model.Section;
import dev.lectern.parse.Typos;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * {@code broken-lesson-link}: a link, anywhere in a lesson, to a lesson that is not in the content;
 * {@code undefined-link-reference}: a link {@code [text][label]} or {@code [label][]} whose label the
 * lesson (or course.md, plan or record, whose pages link through their own definitions too) defines
 * nowhere, which the page shows as written. Three ways to link a lesson are recognised:
 * <ul>
 * <li>{@code [text](lesson:<slug>)} or {@code [text](lesson:<slug>#anchor)}, which the renderer turns
 *     into {@code ../<slug>/} (also as a definition {@code [label]: lesson:<slug>}, reported at it);</li>
 * <li>{@code [text](../<slug>/)}, optionally followed by a page ({@code index.html}, {@code spec.html},
 *     {@code review.html}, {@code lesson.json}) and an anchor, as links between lesson pages are
 *     written; {@code ../assets/}, {@code ../reports/} and {@code ../schema/} are the site's own folders;</li>
 * <li>the prose component {@code LessonLink: <slug>} (the slug bare or in backticks) at the start of a
 *     paragraph or list item, as specs name components.</li>
 * </ul>
 * A slug planned in a module plan but not written yet is reported too, saying so; links inside code
 * are not links. Reported at the slug the link names, where its target is wrong.
 */
public final class LessonLinks implements CourseCheck {
    /** A link's target that names a lesson: {@code lesson:<slug>}, or a page of {@code ../<slug>/}. */
    private static final String LESSON_TARGET = "(?:lesson:" + Lesson.LINKED_SLUG + "(?:#[^)\\s>]*)?"
            + "|\\.\\./" + Lesson.LINKED_SLUG
            + "/(?:index\\.html|spec\\.html|review\\.html|lesson\\.json)?(?:#[^)\\s>]*)?)";
    private static final Pattern MARKDOWN_LINK = Pattern.compile(
            "(?<!!)\\[(?:[^\\[\\]]|\\[[^\\]]*])*]\\(\\s*<?" + LESSON_TARGET + ">?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern DEFINED_TARGET = Pattern.compile(LESSON_TARGET);
    /** {@code [text][label]} or {@code [label][]}, not followed by an inline link's {@code (}. */
    private static final Pattern REFERENCE_LINK = Pattern.compile(
            "(?<![\\]\\\\])\\[((?:[^\\[\\]\\\\]|\\\\.)+)]\\[((?:[^\\[\\]\\\\]|\\\\.)*)](?!\\()");
    private static final Pattern PROSE = Pattern.compile("(?m)^LessonLink\\s*:\\s*`?" + Lesson.LINKED_SLUG
            + "`?(?=$|[\\s.,;:)])");
    private static final Set<String> SITE_FOLDERS = Set.of("assets", "reports", "schema");

    /** A link to a lesson, where it stands. */
    private record Link(String slug, TextRun.Position at) {
    }

    /** A reference link whose label the lesson does not define, as written, where it stands. */
    private record UndefinedReference(String written, String label, TextRun.Position at) {
    }

    /** What a lesson's text links, as found once. */
    private record Found(List<Link> lessons, List<UndefinedReference> undefined) {
    }

    /** Each lesson's links, remembered per parsed lesson: finding them costs; checking them does not. */
    private final LessonMemo<Found> links = new LessonMemo<>();

    @Override
    public void check(CourseContent content, DiagnosticSink sink) {
        Set<String> written = new HashSet<>();
        for (Lesson lesson : content.lessons()) {
            written.add(lesson.slug());
            written.add(lesson.fileSlug());
        }
        links.keepOnly(content.lessons());
        for (Lesson lesson : content.lessons()) {
            FileReporter reporter = sink.forFile(lesson.file());
            Found found = links.get(lesson, LessonLinks::find);
            for (Link link : found.lessons()) {
                check(link.slug(), link.at(), content, written, reporter);
            }
            report(found.undefined(), reporter);
        }
        for (CourseFile file : courseFiles(content)) {
            List<UndefinedReference> undefined = new ArrayList<>();
            Set<String> labels = labels(file.links());
            for (TextRun run : file.text()) {
                if (run.markdown().contains("][")) {
                    undefinedReferences(run, labels, undefined);
                }
            }
            report(undefined, sink.forFile(file.file()));
        }
    }

    private static void report(List<UndefinedReference> undefined, FileReporter reporter) {
        for (UndefinedReference reference : undefined) {
            reporter.report(Rule.UNDEFINED_LINK_REFERENCE, reference.at().line(), reference.at().column(),
                    "link '" + reference.written() + "': no definition '[" + reference.label()
                            + "]: <url>' in this file; the page shows it as written");
        }
    }

    /** course.md, a plan or a record: its title, sections and link definitions. */
    private record CourseFile(String file, Optional<Inline> title, List<Section> sections, List<LinkDefinition> links) {
        List<TextRun> text() {
            return LessonText.of(title, sections);
        }
    }

    /** The course file, plans and records, whose pages link through their own definitions as lessons do. */
    private static List<CourseFile> courseFiles(CourseContent content) {
        List<CourseFile> files = new ArrayList<>(shownFiles(content));
        content.moduleRecords().forEach(r -> files.add(new CourseFile(r.file(), r.title(), r.sections(), r.links())));
        return files;
    }

    /** The course file and the plans: the texts the course index, series and module pages show (no record's). */
    private static List<CourseFile> shownFiles(CourseContent content) {
        List<CourseFile> files = new ArrayList<>();
        content.course().ifPresent(c -> files.add(new CourseFile(c.file(), c.title(), c.sections(), c.links())));
        content.seriesPlans().forEach(p -> files.add(new CourseFile(p.file(), p.title(), p.sections(), p.links())));
        content.modulePlans().forEach(p -> files.add(new CourseFile(p.file(), p.title(), p.sections(), p.links())));
        return files;
    }

    private static Set<String> labels(List<LinkDefinition> definitions) {
        return definitions.stream().map(LinkDefinition::key).collect(Collectors.toSet());
    }

    /** A place in a content file. */
    public record Place(String file, int line, int column) {
    }

    /**
     * Where the lesson's text first links to {@code target} as written, {@code [text](target)} or a definition
     * {@code [label]: target}; empty for a link the page makes itself (its navigation, a lesson link it rewrote).
     * Looked for only when the build's link check finds {@code target} broken, so it is a plain scan.
     */
    public static Optional<Place> placeOf(Lesson lesson, String target) {
        return placeIn(lesson.file(), lesson.links(), LessonText.of(lesson), target);
    }

    /**
     * Where course.md or a plan first links to {@code target} as written, as {@link #placeOf(Lesson, String)} does
     * for a lesson: the course index, series and module pages show those files' texts.
     */
    public static Optional<Place> placeInCourseFiles(CourseContent content, String target) {
        for (CourseFile file : shownFiles(content)) {
            Optional<Place> place = placeIn(file.file(), file.links(), file.text(), target);
            if (place.isPresent()) {
                return place;
            }
        }
        return Optional.empty();
    }

    private static Optional<Place> placeIn(String file, List<LinkDefinition> definitions, List<TextRun> runs,
                                           String target) {
        for (LinkDefinition definition : definitions) {
            if (definition.url().equals(target)) {
                return Optional.of(new Place(file, definition.line(), definition.column()));
            }
        }
        for (TextRun run : runs) {
            for (String written : List.of("](" + target + ")", "](" + target + " ", "](<" + target + ">")) {
                int at = run.withoutCode().indexOf(written);
                if (at >= 0) {
                    TextRun.Position position = run.position(at + written.indexOf(target));
                    return Optional.of(new Place(file, position.line(), position.column()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The slugs a lesson's text links to in the forms this check reads: the build's link check leaves
     * those links to this check, which reports them at their place in the text.
     */
    public static Set<String> linkedSlugs(Lesson lesson) {
        Set<String> slugs = new HashSet<>();
        find(lesson).lessons().forEach(link -> slugs.add(link.slug()));
        return slugs;
    }

    private static Found find(Lesson lesson) {
        List<Link> found = new ArrayList<>();
        List<UndefinedReference> undefined = new ArrayList<>();
        Set<String> labels = labels(lesson.links());
        for (LinkDefinition definition : lesson.links()) {
            Matcher target = DEFINED_TARGET.matcher(definition.url());
            if (target.matches()) {
                int group = target.group(1) != null ? 1 : 2;
                String slug = target.group(group);
                if (group == 1 || !SITE_FOLDERS.contains(slug)) {
                    found.add(new Link(slug, new TextRun.Position(definition.line(),
                            definition.column() + target.start(group))));
                }
            }
        }
        for (TextRun run : LessonText.of(lesson)) {
            if (run.markdown().contains("][")) {
                undefinedReferences(run, labels, undefined);
            }
            // most text has no link at all; the link pattern is costly on brackets. Blanking code
            // only removes characters, so text without "](" has none after it either.
            String text = run.markdown().contains("](") ? run.withoutCode() : "";
            Matcher link = MARKDOWN_LINK.matcher(text.contains("](") ? text : "");
            while (link.find()) {
                int group = link.group(1) != null ? 1 : 2;
                String slug = link.group(group);
                if (group == 1 || !SITE_FOLDERS.contains(slug)) {
                    found.add(new Link(slug, run.position(link.start(group))));
                }
            }
            Matcher prose = PROSE.matcher(run.markdown().contains("LessonLink") ? run.markdown() : "");
            while (prose.find()) {
                found.add(new Link(prose.group(1), run.position(prose.start(1))));
            }
        }
        return new Found(List.copyOf(found), List.copyOf(undefined));
    }

    /** The run's {@code [text][label]} links to labels not in {@code labels}, outside code and {@code $...$} formulas. */
    private static void undefinedReferences(TextRun run, Set<String> labels, List<UndefinedReference> out) {
        String text = run.withoutCode();
        Matcher reference = REFERENCE_LINK.matcher(text);
        while (reference.find()) {
            String label = reference.group(2).isBlank() ? reference.group(1) : reference.group(2);
            if (!labels.contains(LinkDefinition.key(label)) && !insideFormula(text, reference.start())) {
                out.add(new UndefinedReference(reference.group(), label.strip(), run.position(reference.start())));
            }
        }
    }

    /** An odd number of unescaped dollars before {@code index}: inside {@code $...$}, where brackets are TeX. */
    private static boolean insideFormula(String text, int index) {
        boolean inside = false;
        for (int i = 0; i < index; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '$') {
                inside = !inside;
            }
        }
        return inside;
    }

    private static void check(String slug, TextRun.Position at, CourseContent content, Set<String> written,
                              FileReporter reporter) {
        if (written.contains(slug)) {
            return;
        }
        Optional<ModulePlan> plannedIn = content.planListing(slug);
        String message = plannedIn
                .map(plan -> "link to lesson '" + slug + "', which is planned in module " + plan.moduleId()
                        + " but not written yet")
                .orElse("link to lesson '" + slug + "', which is neither in the content nor in any module plan"
                        + Typos.closest(slug, new TreeSet<>(written)).map(near -> "; did you mean '" + near + "'?").orElse(""));
        reporter.report(Rule.BROKEN_LESSON_LINK, at.line(), at.column(), message);
    }
}
