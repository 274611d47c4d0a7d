package dev.lectern.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The folder under lessons/ a lesson's pages go to. */
class LessonFolderTest {

    @Test
    void keepsPlainSlugsAsTheyAre() {
        assertEquals("latent-consistency-and-turbo", Lesson.folderFor("latent-consistency-and-turbo"));
        assertEquals("Lesson_2", Lesson.folderFor("Lesson_2"));
    }

    @Test
    void makesAnySlugASinglePlainFolderName() {
        assertEquals("a-b", Lesson.folderFor("a/b"));
        assertEquals("a-b", Lesson.folderFor("a b"));
        assertEquals("lesson", Lesson.folderFor(".."));
        assertEquals("lesson", Lesson.folderFor("\u03b1\u03b2"));
    }

    @Test
    void givesALessonNamedLikeAFolderOfTheSiteAnotherFolder() {
        assertEquals("assets-lesson", Lesson.folderFor("assets"));
        assertEquals("schema-lesson", Lesson.folderFor("schema"));
        assertEquals("reports-lesson", Lesson.folderFor("reports"));
    }
}
