package dev.lectern.validate;

import dev.lectern.render.LessonJson;
import java.util.List;

/** The checks for the published lesson schema, checked over each lesson's JSON model. */
final class SchemaRules {

    private SchemaRules() {
    }

    static List<CourseCheck> checks() {
        // schema-violation: each lesson.json tree, built by the code that writes it, against lesson.schema.json
        return List.of(PerLesson.of(new SchemaCheck(LessonSchema.load(), LessonJson::tree)));
    }
}
