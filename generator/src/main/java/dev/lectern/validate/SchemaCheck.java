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
import dev.lectern.model.LessonMetadata.Field;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.function.Function;

/**
 * Validates each lesson's {@code lesson.json} tree against the published schema. A break is
 * reported at the line of the nearest enclosing object that carries one ({@code line} fields of
 * prerequisite rows, reviews, findings, checklists, ...; the tree holds no columns, so column 0); a
 * top-level metadata value at its field's value; anything else at the lesson's first line.
 */
final class SchemaCheck implements CourseCheck {
    static final int FIRST_LINE = 1;
    /** The bold fields and front matter key the cognitive load is read from. */
    private static final Set<String> COGNITIVE_LOAD_KEYS = Stream.concat(MetadataFields.COGNITIVE_LOAD_KEYS.stream(),
            Stream.of("cognitiveload")).collect(Collectors.toUnmodifiableSet());

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
                TextRun.Position place = place(lesson.metadata(), tree, violation.at());
                reporter.report(Rule.SCHEMA_VIOLATION, place.line(), place.column(), violation.describe("lesson.json"));
            }
        }
    }

    private static TextRun.Position place(LessonMetadata metadata, JsonNode tree, JsonPointer at) {
        for (JsonPointer p = at; p != null && !p.matches(); p = p.head()) {
            JsonNode line = tree.at(p).path("line");
            if (tree.at(p).isObject() && line.isInt()) {
                return new TextRun.Position(line.intValue(), 0);
            }
        }
        return metadataPlace(metadata, at.matches() ? "" : at.getMatchingProperty()).orElse(new TextRun.Position(FIRST_LINE, 0));
    }

    /** The value of the bold field (or front matter key) a top-level key of {@code lesson.json} comes from. */
    private static Optional<TextRun.Position> metadataPlace(LessonMetadata m, String key) {
        Set<String> one = Set.of(key.toLowerCase(Locale.ROOT));
        return switch (key) {
            case "slug" -> placeOf(m, m.slug(), one);
            case "module" -> placeOf(m, m.module(), one);
            case "moduleTitle" -> placeOf(m, m.moduleTitle(), Set.of("module", "moduletitle"));
            case "series" -> placeOf(m, m.series(), one);
            case "seriesTitle" -> placeOf(m, m.seriesTitle(), Set.of("series", "seriestitle"));
            case "cognitiveLoad" -> placeOf(m, m.cognitiveLoad(), COGNITIVE_LOAD_KEYS);
            case "type" -> placeOf(m, m.type(), one);
            case "status" -> placeOf(m, m.status(), one);
            default -> Optional.empty();
        };
    }

    /** The value of {@code field}, read from the field on its line whose key is one of {@code keys}. */
    private static Optional<TextRun.Position> placeOf(LessonMetadata m, Optional<? extends Located<?>> field, Set<String> keys) {
        return field.map(f -> new TextRun.Position(f.line(), MetadataFields.at(m, f.line(), keys).map(Field::valueColumn).orElse(0)));
    }

}
