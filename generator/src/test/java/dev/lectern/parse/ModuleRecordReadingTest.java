package dev.lectern.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.model.Depth;
import dev.lectern.model.Diagnostic;
import dev.lectern.model.ModuleRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A module record's Concept Index, read row by row with its depths. */
class ModuleRecordReadingTest {

    @Test
    void aConceptReinforcedHasNoDepthAndIsNotReportedButAnUnknownDepthIs(@TempDir Path root) throws IOException {
        Path module = Files.createDirectories(root.resolve("series-7/module-7-1"));
        Files.writeString(module.resolve("record.md"), """
                # Module 7.1: Record

                ## Concept Index

                | Concept | Depth | Lesson | Notes |
                |---|---|---|---|
                | Zero initialization | DEVELOPED | controlnet | first time |
                | Zero initialization (again) | REINFORCED | ip-adapter | third instance |
                | Cross-attention | DEEP | ip-adapter | a typo |
                """);

        Loading.Loaded loaded = Loading.load(root);

        ModuleRecord record = loaded.content().moduleRecord("7.1").orElseThrow();
        assertEquals(List.of(Optional.of(Depth.DEVELOPED), Optional.empty(), Optional.empty()),
                record.concepts().stream().map(ModuleRecord.ConceptEntry::depth).toList());
        assertEquals(List.of("series-7/module-7-1/record.md:9:1: warning[unknown-depth]: depth 'DEEP' is none of "
                + "MENTIONED, INTRODUCED, DEVELOPED, APPLIED"), loaded.diagnostics().stream().map(Diagnostic::format)
                .filter(d -> d.contains("record.md")).toList());
    }
}
