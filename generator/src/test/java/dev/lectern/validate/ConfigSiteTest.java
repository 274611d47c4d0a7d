package dev.lectern.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.model.Diagnostic;
import dev.lectern.model.DiagnosticCollector;
import dev.lectern.model.Publication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What lectern.yaml's {@code site} mapping says the site publishes. */
class ConfigSiteTest {

    private static Publication read(Path dir, String yaml, DiagnosticCollector sink) throws IOException {
        Files.writeString(dir.resolve("lectern.yaml"), yaml);
        return new ConfigReader().read(dir, sink).publication();
    }

    @Test
    void withoutASiteMappingDraftsAreHiddenFromStudentsAuthorsPagesPublishedAndThereIsNoBaseUrl(@TempDir Path dir)
            throws IOException {
        assertEquals(new Publication(false, true, Optional.empty()),
                new ConfigReader().read(dir, new DiagnosticCollector()).publication());
        assertEquals(Publication.defaults(), read(dir, "rules:\n  mojibake: off\n", new DiagnosticCollector()));
    }

    @Test
    void theSiteMappingSetsEachSettingAndABaseUrlGetsItsClosingSlash(@TempDir Path dir) throws IOException {
        DiagnosticCollector sink = new DiagnosticCollector();
        assertEquals(new Publication(true, false, Optional.of("https://example.org/course/lessons/")),
                read(dir, "site:\n  drafts-for-students: true\n  author-pages: false\n"
                        + "  base-url: https://example.org/course/lessons\n", sink));
        assertEquals(Optional.of("http://localhost:8000/"), read(dir, "site:\n  base-url: http://localhost:8000/\n",
                sink).baseUrl());
        assertEquals(List.of(), sink.sorted());
    }

    @Test
    void aSettingThatIsNoneIsReportedAtItsValueAnUnknownOneAtItsKeyAndTheDefaultKept(@TempDir Path dir) throws IOException {
        DiagnosticCollector sink = new DiagnosticCollector();
        Publication read = read(dir, "site:\n  drafts-for-students: yes please\n  author-pages: [1]\n"
                + "  base-url: /course/\n  base-url: ftp://example.org/\n  theme: dark\n", sink);

        assertEquals(Publication.defaults(), read);
        assertEquals(List.of(
                "lectern.yaml:2:24: error[invalid-config]: drafts-for-students: expected true or false",
                "lectern.yaml:3:17: error[invalid-config]: author-pages: expected true or false",
                "lectern.yaml:4:13: error[invalid-config]: base-url: '/course/' is not an http or https address "
                        + "(such as https://example.org/course/lessons/)",
                "lectern.yaml:5:13: error[invalid-config]: base-url: 'ftp://example.org/' is not an http or https "
                        + "address (such as https://example.org/course/lessons/)",
                "lectern.yaml:6:3: error[invalid-config]: unknown site setting 'theme' (expected drafts-for-students, "
                        + "author-pages or base-url)"),
                sink.sorted().stream().map(Diagnostic::format).toList());
    }

    @Test
    void yamlThatDoesNotParseIsReportedWhereItBreaksOnOneLineAndTheSettingsAboveItStillApply(@TempDir Path dir)
            throws IOException {
        DiagnosticCollector sink = new DiagnosticCollector();
        assertEquals(new Publication(false, false, Optional.empty()),
                read(dir, "site:\n  author-pages: false\n\tdrafts-for-students: true\n", sink));
        read(dir, "site:\n  base-url: \"https://example.org/\n", sink);

        assertEquals(List.of(
                "lectern.yaml:2:13: error[invalid-config]: not valid YAML: found unexpected end of stream (while "
                        + "scanning a quoted scalar); the settings above this line apply, the rest are ignored",
                "lectern.yaml:3:1: error[invalid-config]: not valid YAML: found character '\\t(TAB)' that cannot "
                        + "start any token. (Do not use \\t(TAB) for indentation) (while scanning for the next token); "
                        + "the settings above this line apply, the rest are ignored"),
                sink.sorted().stream().map(Diagnostic::format).toList());
    }
}
