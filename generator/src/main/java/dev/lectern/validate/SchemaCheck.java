package dev.lectern.validate;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lectern.model.CourseContent;
import dev.lectern.model.DiagnosticSink;
import dev.lectern.model.FileReporter;
import dev.lectern.model.Lesson;
import dev.lectern.model.LessonMetadata;
import dev.lectern.model.Located;
import dev.lectern.model.Rule;
import java.util.Optional;
import java.util.function.Function;

/**
 * Validates each lesson's {@code lesson.json} tree against the published schema. A break is
 * reported at the line of the nearest enclosing object that carries one ({@code line} fields of
 * prerequisite rows, reviews, findings, checklists, ...); a top-level metadata value at the line
 * of its field; anything else at the lesson's first line.
 */
final class SchemaCheck implements CourseCheck {
    static final int FIRST_LINE = 1;

    private final LessonSchema schema;
    private final Function<Lesson, JsonNode> trees;

    /** @param trees the lesson's {@code lesson.json} tree: {@code LessonJson::tree}, the code that writes it */
    SchemaCheck(LessonSchema schema, Function<Lesson, JsonNode> trees) {
        this.schema = schema;
        this.trees = trees;
    }

    @Override
    public void check(CourseContent content, DiagnosticSink sink) {
        for (Lesson lesson : content.lessons()) {
            JsonNode tree = trees.apply(lesson);
            FileReporter reporter = sink.forFile(lesson.file());
            for (LessonSchema.Violation violation : schema.checkLesson(tree)) {
                reporter.report(Rule.SCHEMA_VIOLATION, line(lesson.metadata(), tree, violation.at()), 0,
                        violation.describe("lesson.json"));
            }
        }
    }

    static int line(LessonMetadata metadata, JsonNode tree, JsonPointer at) {
        for (JsonPointer p = at; p != null && !p.matches(); p = p.head()) {
            JsonNode line = tree.at(p).path("line");
            if (tree.at(p).isObject() && line.isInt()) {
                return line.intValue();
            }
        }
        return metadataLine(metadata, at.matches() ? "" : at.getMatchingProperty()).orElse(FIRST_LINE);
    }

    /** The line of the bold field (or front matter key) a top-level key of {@code lesson.json} comes from. */
    private static Optional<Integer> metadataLine(LessonMetadata m, String key) {
        Optional<? extends Located<?>> field = switch (key) {
            case "slug" -> m.slug();
            case "module" -> m.module();
            case "moduleTitle" -> m.moduleTitle();
            case "series" -> m.series();
            case "seriesTitle" -> m.seriesTitle();
            case "cognitiveLoad" -> m.cognitiveLoad();
            case "type" -> m.type();
            case "status" -> m.status();
            default -> Optional.empty();
        };
        return field.map(Located::line);
    }
}
