package dev.lectern.validate;

import dev.lectern.model.Checklist;
import dev.lectern.model.CourseContent;
import dev.lectern.model.DiagnosticSink;
import dev.lectern.model.Lesson;
import dev.lectern.model.Rule;

/** {@code checklist-unchecked}: each unticked item ({@code - [ ] ...}) of a lesson's checklists, at its line. */
final class UncheckedItems implements CourseCheck {

    @Override
    public void check(CourseContent content, DiagnosticSink sink) {
        for (Lesson lesson : content.lessons()) {
            for (Checklist checklist : lesson.checklists()) {
                for (Checklist.Item item : checklist.items()) {
                    if (!item.checked()) {
                        sink.forFile(lesson.file()).report(Rule.CHECKLIST_UNCHECKED, item.line(), 1, "unticked in '"
                                + checklist.name().plain() + "': " + item.text().plain());
                    }
                }
            }
        }
    }
}
