package dev.lectern.render;

import dev.lectern.model.Lesson;

/** A lesson that gets pages, and the folder name they go in ({@code lessons/<dir>/}). */
record PublishedLesson(Lesson lesson, String dir) {
}
