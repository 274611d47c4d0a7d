package dev.lectern.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.model.LessonRef;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Lesson references as table cells write them. */
class LessonRefsTest {

    private static LessonRef ref(String slug, String module, Integer position) {
        return new LessonRef(Optional.ofNullable(slug), Optional.ofNullable(module), Optional.ofNullable(position));
    }

    @Test
    void slugsWithTheirModuleNumbers() {
        assertEquals(List.of(ref("lora-finetuning", "6.5", 1), ref("lora-for-llms", "4.4", 4)),
                LessonRefs.find("lora-finetuning (6.5.1), lora-for-llms (4.4.4)"));
        assertEquals(List.of(ref("clip", "6.3", 3)), LessonRefs.find("clip (6.3.3)"));
    }

    @Test
    void aNumberRangeIsTwoBareReferencesNotASlug() {
        assertEquals(List.of(ref(null, "7.1", 1), ref(null, "7.1", 2)), LessonRefs.find("7.1.1-7.1.2"));
    }

    @Test
    void proseAroundIsIgnored() {
        assertEquals(List.of(), LessonRefs.find("Prior education"));
        assertEquals(List.of(ref("linear-regression", null, null)), LessonRefs.find("`linear-regression`"));
    }
}
