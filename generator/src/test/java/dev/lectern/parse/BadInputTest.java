package dev.lectern.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.model.Diagnostic;
import dev.lectern.model.Lesson;
import dev.lectern.model.Paragraph;
import dev.lectern.testing.Repo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever a file holds, parsing ends with a model or a located diagnostic, never an exception. */
class BadInputTest {

    @Test
    void invalidUtf8IsReportedAtItsLineAndColumnAndTheRestIsRead() {
        byte[] bytes = concat("# Lesson: Bytes\n\nfine line\nbad ".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC3, (byte) 0x28}, " here\n".getBytes(StandardCharsets.UTF_8));
        Lessons.Parsed parsed = Lessons.parse("bytes.md", bytes);
        assertEquals(List.of("bytes.md:4:5: error[invalid-utf8]: bytes that are not UTF-8 are shown as \uFFFD; "
                + "save the file as UTF-8"), parsed.formatted());
        assertEquals("Bytes", parsed.lesson().displayTitle());
    }

    @Test
    void aFileInWindows1252IsOneDiagnosticAtItsFirstBadByteNamingTheOtherLinesThatHaveSome() {
        java.nio.charset.Charset windows = java.nio.charset.Charset.forName("windows-1252");
        Lessons.Parsed few = Lessons.parse("few.md", "# Lesson: Few\n\nA \u2014 B\nfine\n\u201cC\u201d \u2014 D\nE \u2013 F\n"
                .getBytes(windows));
        assertEquals(List.of("few.md:3:3: error[invalid-utf8]: bytes that are not UTF-8 are shown as \uFFFD, here and on "
                + "lines 5 and 6; save the file as UTF-8"), few.formatted());
        Lessons.Parsed many = Lessons.parse("many.md", ("# Lesson: Many\n" + "A \u2014 B\n".repeat(8)).getBytes(windows));
        assertEquals(List.of("many.md:2:3: error[invalid-utf8]: bytes that are not UTF-8 are shown as \uFFFD, here and on "
                + "7 more lines (3, 4, 5, 6, 7, ...); save the file as UTF-8"), many.formatted());
    }

    @Test
    void byteOrderMarkIsDroppedSilently() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "# Lesson: Marked\n\n**Slug:** `marked`\n".getBytes(StandardCharsets.UTF_8));
        Lessons.Parsed parsed = Lessons.parse("marked.md", bytes);
        assertEquals(List.of(), parsed.formatted());
        assertEquals("Marked", parsed.lesson().displayTitle());
        assertEquals("marked", parsed.lesson().slug());
    }

    @Test
    void crlfLineEndsGiveTheSameModelAsLf() throws IOException {
        String seed = Files.readString(Repo.seed());
        Lesson lf = Lessons.parse("seed.md", seed).lesson();
        Lesson crlf = Lessons.parse("seed.md", seed.replace("\n", "\r\n")).lesson();
        assertEquals(lf, crlf);
    }

    @Test
    void emptyFileGivesAnEmptyLessonNamedAfterTheFile() {
        Lessons.Parsed parsed = Lessons.parse("lessons/empty.md", "");
        assertEquals(List.of(), parsed.formatted());
        assertEquals("empty", parsed.lesson().slug());
        assertEquals(List.of(), parsed.lesson().sections());
    }

    @Test
    void tableRowWithMissingCellsIsReportedAtItsRowAndKeptWithEmptyCells() {
        String lesson = "# Lesson: T\n\n## Phase 2: Analyze\n\n### Prerequisites Table\n\n"
                + "| Concept | Required Depth | Actual Depth | Source Lesson | Status | Reasoning |\n"
                + "|---|---|---|---|---|---|\n"
                + "| A | DEVELOPED | DEVELOPED | a-lesson | OK | fine |\n"
                + "| B | DEVELOPED |\n";
        Lessons.Parsed parsed = Lessons.parse("t.md", lesson);
        assertTrue(parsed.formatted().contains("t.md:10:1: warning[malformed-table]: table row has 2 cells but "
                + "the header has 6"), parsed.formatted().toString());
        assertEquals(2, parsed.lesson().prerequisites().size());
        assertEquals("", parsed.lesson().prerequisites().get(1).reasoning().markdown());
    }

    @Test
    void fiveMegabyteFileIsParsed(@TempDir Path content) throws IOException {
        String seed = Files.readString(Repo.seed());
        StringBuilder big = new StringBuilder();
        while (big.length() < 5 * 1024 * 1024) {
            big.append(seed.replace("# Lesson:", "## Copy:")).append('\n');
        }
        Path lessons = Files.createDirectories(content.resolve("lessons"));
        Files.writeString(lessons.resolve("big.md"), "# Lesson: Big\n\n" + big);
        Loading.Loaded loaded = Loading.load(content);
        assertEquals(1, loaded.content().lessons().size());
        assertTrue(loaded.diagnostics().stream().noneMatch(d -> d.rule().startsWith("parse")),
                loaded.diagnostics().toString());
    }

    @Test
    void deepNestingIsReportedAndTheFileKeptAsText(@TempDir Path content) throws IOException {
        Path lessons = Files.createDirectories(content.resolve("lessons"));
        Files.writeString(lessons.resolve("deep.md"), "# Lesson: Deep\n\n" + "> ".repeat(3000) + "bottom\n");
        Files.writeString(lessons.resolve("fine.md"), "# Lesson: Fine\n");
        Loading.Loaded loaded = Loading.load(content);
        assertEquals(2, loaded.content().lessons().size());
        List<String> rules = loaded.diagnostics().stream().map(Diagnostic::rule).distinct().toList();
        assertEquals(List.of("nesting-too-deep"), rules);
    }

    @Test
    void listsIndentedHundredsDeepAreCutAtTheModelDepthLimitWithAWarning() {
        StringBuilder markdown = new StringBuilder("# Lesson: Indented\n\n");
        for (int depth = 0; depth < 200; depth++) {
            markdown.append("  ".repeat(depth)).append("- level ").append(depth).append('\n');
        }
        Lessons.Parsed parsed = Lessons.parse("indented.md", markdown.toString());
        assertEquals(List.of("indented.md:27:1: warning[nesting-too-deep]: content nested more than 24 levels deep "
                + "is shown as plain text", "indented.md:67:1: warning[nesting-too-deep]: lists, quotes or directives "
                + "nested more than 64 deep (here and on 135 more lines); the deeper part is kept as plain text"),
                parsed.formatted());
    }

    @Test
    void thousandsOfNestedListsAreReportedNotACrash(@TempDir Path content) throws IOException {
        Path lessons = Files.createDirectories(content.resolve("lessons"));
        Files.writeString(lessons.resolve("lists.md"), "# Lesson: Lists\n\n" + "- ".repeat(20000) + "x\n");
        Files.writeString(lessons.resolve("fine.md"), "# Lesson: Fine\n");
        Loading.Loaded loaded = Loading.load(content);
        assertTrue(loaded.content().lesson("fine").isPresent());
        assertTrue(loaded.diagnostics().stream().anyMatch(d -> d.rule().equals("nesting-too-deep")
                && d.file().equals("lessons/lists.md")), loaded.diagnostics().toString());
    }

    @Test
    void pathologicalInlineSyntaxIsKeptAsPlainTextWithAWarningAndTheRestStillLoads(@TempDir Path content)
            throws IOException {
        Path lessons = Files.createDirectories(content.resolve("lessons"));
        Files.writeString(lessons.resolve("slow.md"), "# Lesson: Slow\n\n" + "[a](".repeat(150_000) + "\n");
        Files.writeString(lessons.resolve("fine.md"), "# Lesson: Fine\n");
        Loading.Loaded loaded = Loading.load(content);
        assertEquals(List.of("lessons/slow.md:3:1: warning[inline-limit]: this paragraph or heading holds more inline "
                + "syntax than Lectern reads in one block (emphasis marks, links or code spans that do not close, or a "
                + "link title over 512 characters); it is shown as plain text"),
                loaded.diagnostics().stream().map(Diagnostic::format).toList());
        assertEquals(List.of("fine", "slow"), loaded.content().lessons().stream().map(Lesson::slug).sorted().toList());
        Paragraph kept = (Paragraph) loaded.content().lesson("slow").orElseThrow().preamble().get(0);
        assertEquals("\\[a\\]\\(".repeat(150_000), kept.text().markdown());
    }

    @Test
    void mojibakeIsRepairedInTheModelAndReportedWithTheRepair() {
        Lessons.Parsed parsed = Lessons.parse("m.md", "# Lesson: M\n\nA â€” B\n");
        assertEquals(List.of("m.md:3:3: info[mojibake]: mojibake 'â€”' read as '—' (UTF-8 text once decoded as "
                + "Windows-1252)"), parsed.formatted());
        assertEquals("A — B", ((Paragraph) parsed.lesson().preamble().get(0)).text().markdown());
    }

    @Test
    void binaryGarbageNeverThrows() {
        byte[] garbage = new byte[64 * 1024];
        new java.util.Random(42).nextBytes(garbage);
        Lessons.Parsed parsed = Lessons.parse("garbage.md", garbage);
        assertTrue(parsed.rules().contains("invalid-utf8"));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
