package dev.lectern.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.model.Checklist;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checklists as lessons write them: the variants Lectern reads, and a located diagnostic for each one it
 * cannot, never an empty checklist without a word.
 */
class ChecklistReadingTest {
    private static final String FILE = "series-1/module-1-1/lessons/a.md";
    private static final String HEAD = "# Lesson: A\n\n**Slug:** `a`\n\n";

    private static Lessons.Parsed parse(String body) {
        return Lessons.parse(FILE, HEAD + body);
    }

    /** Each item as {@code line [x] text}. */
    private static List<String> items(Lessons.Parsed parsed) {
        return parsed.lesson().checklists().stream().flatMap(c -> c.items().stream())
                .map(ChecklistReadingTest::item).toList();
    }

    private static String item(Checklist.Item i) {
        return i.line() + (i.checked() ? " [x] " : " [ ] ") + i.text().plain();
    }

    @Test
    void aChecklistUnderAnyHeadingWithTheWordIsRead() {
        for (String heading : List.of("## Checklists", "## Planning Checklists", "## Pre-Build Checklist",
                "## Quality checklist (planning)")) {
            Lessons.Parsed parsed = parse(heading + "\n\n### Prerequisite Audit\n\n- [x] Depth match verified for each\n");

            assertEquals(List.of("9 [x] Depth match verified for each"), items(parsed), heading);
            assertEquals(List.of(), parsed.formatted(), heading);
        }
    }

    @Test
    void itemsMarkedWithATickOrABoxAreReadAsTickedAndUnticked() {
        Lessons.Parsed parsed = parse("## Checklists\n\n- ✅ Scope boundaries explicitly stated\n- ☐ No multi-concept jumps\n"
                + "* [X] Narrative motivation stated\n");

        assertEquals(List.of("7 [x] Scope boundaries explicitly stated", "8 [ ] No multi-concept jumps",
                "9 [x] Narrative motivation stated"), items(parsed));
        assertEquals(List.of(), parsed.formatted());
    }

    @Test
    void nestedItemsAreItemsOfTheirOwnAfterTheirParent() {
        Lessons.Parsed parsed = parse("## Checklists\n\n- [x] Every assumed concept listed\n  - [ ] Depth match verified\n"
                + "    - [x] Each traced\n- [x] Scope stated\n");

        assertEquals(List.of("7 [x] Every assumed concept listed", "8 [ ] Depth match verified", "9 [x] Each traced",
                "10 [x] Scope stated"), items(parsed));
    }

    @Test
    void aListOrTableInTheChecklistsThatHoldsNoItemIsReportedAtItsLine() {
        Lessons.Parsed parsed = parse("## Checklists\n\n### Audit\n\n- Depth match verified\n- Each traced\n\n"
                + "### Design\n\n| Check | Done |\n|---|---|\n| Scope | yes |\n");

        assertEquals(List.of(), items(parsed));
        assertEquals(List.of(
                FILE + ":9:1: warning[unrecognised-checklist]: a list under 'Checklists › Audit' whose items are not "
                        + "checklist items; write them as '- [x] item' or '- [ ] item' for Lectern to verify them",
                FILE + ":14:1: warning[unrecognised-checklist]: a table under 'Checklists › Design' is not read as a "
                        + "checklist; write its items as '- [x] item' or '- [ ] item' for Lectern to verify them"),
                parsed.formatted());
    }

    @Test
    void aChecklistsSectionWithoutItemsIsReportedAtItsHeading() {
        Lessons.Parsed parsed = parse("## Checklists\n\nAll verified, see the review.\n");

        assertEquals(List.of(FILE + ":5:1: warning[unrecognised-checklist]: 'Checklists' has no checklist items; "
                + "write them as '- [x] item' or '- [ ] item' under it for Lectern to verify them"), parsed.formatted());
    }

    @Test
    void checklistItemsOutsideAChecklistsSectionAreReportedNotDropped() {
        Lessons.Parsed parsed = parse("## Phase 3: Design\n\n### Final Checks\n\n- [x] Depth match verified for each\n"
                + "- [x] Each traced via the records\n\n## Review -- 2026-02-20 (Iteration 1/3)\n\n### Fixes\n\n"
                + "- [x] Fixed the widget\n");

        assertEquals(List.of(), items(parsed));
        assertEquals(List.of(FILE + ":9:7: warning[unrecognised-checklist]: 2 checklist items under 'Phase 3: Design › "
                + "Final Checks' are not verified: Lectern reads checklists from a section whose heading says Checklists"),
                parsed.formatted().stream().filter(d -> d.contains("unrecognised-checklist")).toList());
    }

    @Test
    void oddItemsAreReadAsItemsNeverAnException() {
        String longText = "word ".repeat(2_000).strip();
        Lessons.Parsed parsed = parse("## Checklists\n\n- [x]\n- [x] **Bananas** are `ripe` and [linked](x.md)\n"
                + "- [x] " + longText + "\n");

        List<Checklist.Item> read = parsed.lesson().checklists().get(0).items();
        assertEquals(List.of(7, 8, 9), read.stream().map(Checklist.Item::line).toList());
        assertEquals("", read.get(0).text().plain());
        assertEquals("Bananas are ripe and linked", read.get(1).text().plain());
        assertEquals(9_999, read.get(2).text().plain().length());
    }
}
