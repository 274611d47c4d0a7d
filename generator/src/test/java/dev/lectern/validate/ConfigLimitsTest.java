package dev.lectern.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.model.Diagnostic;
import dev.lectern.model.Severity;
import dev.lectern.model.DiagnosticCollector;
import dev.lectern.parse.ParseLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parse limits as lectern.yaml sets them. */
class ConfigLimitsTest {

    private static Config read(Path dir, String yaml, DiagnosticCollector sink) throws IOException {
        Files.writeString(dir.resolve("lectern.yaml"), yaml);
        return new ConfigReader().read(dir, sink);
    }

    @Test
    void theFileSizeLimitIsEightMegabytesUnlessLecternYamlSetsIt(@TempDir Path dir) throws IOException {
        assertEquals(8L * 1024 * 1024, new ConfigReader().read(dir, new DiagnosticCollector()).limits().maxFileBytes());
        assertEquals(8L * 1024 * 1024, read(dir, "rules:\n  mojibake: off\n", new DiagnosticCollector()).limits()
                .maxFileBytes());
    }

    @Test
    void maxFileSizeTakesBytesKilobytesOrMegabytes(@TempDir Path dir) throws IOException {
        DiagnosticCollector sink = new DiagnosticCollector();
        assertEquals(new ParseLimits(2000), read(dir, "limits:\n  max-file-size: 2000\n", sink).limits());
        assertEquals(new ParseLimits(512 * 1024), read(dir, "limits:\n  max-file-size: 512 KB\n", sink).limits());
        assertEquals(new ParseLimits(16L * 1024 * 1024), read(dir, "limits:\n  max-file-size: 16mb\n", sink).limits());
        assertEquals(List.of(), sink.sorted());
    }

    @Test
    void aSizeThatIsNoneIsReportedAtItsValueAnUnknownLimitAtItsKeyAndTheDefaultKept(@TempDir Path dir) throws IOException {
        DiagnosticCollector sink = new DiagnosticCollector();
        Config config = read(dir, "rules:\n  mojibake: off\nlimits:\n  max-file-size: big\n  max-lines: 10\n"
                + "  max-file-size: 0\n", sink);
        assertEquals(ParseLimits.defaults(), config.limits());
        assertEquals(List.of(
                "lectern.yaml:4:18: error[invalid-config]: max-file-size: 'big' is not a size (a number of bytes, or of KB "
                        + "or MB, such as 8 MB)",
                "lectern.yaml:5:3: error[invalid-config]: unknown limit 'max-lines' (expected max-file-size)",
                "lectern.yaml:6:18: error[invalid-config]: max-file-size: '0' is not a size (a number of bytes, or of KB "
                        + "or MB, such as 8 MB)"),
                sink.sorted().stream().map(Diagnostic::format).toList());
    }

    @Test
    void thePagesListFromWarningsUnlessPagesMinSeveritySaysOtherwise(@TempDir Path dir) throws IOException {
        DiagnosticCollector sink = new DiagnosticCollector();
        assertEquals(Severity.WARNING, new ConfigReader().read(dir, sink).listedFrom());
        assertEquals(Severity.INFO, read(dir, "pages:\n  min-severity: info\n", sink).listedFrom());
        assertEquals(Severity.ERROR, read(dir, "pages:\n  min-severity: Error\n", sink).listedFrom());
        assertEquals(List.of(), sink.sorted());

        Config wrong = read(dir, "pages:\n  min-severity: loud\n  max-rows: 3\n", sink);
        assertEquals(Severity.WARNING, wrong.listedFrom());
        assertEquals(List.of("lectern.yaml:2:17: error[invalid-config]: pages: min-severity: 'loud' is none of info, "
                        + "warning, error",
                "lectern.yaml:3:3: error[invalid-config]: unknown pages setting 'max-rows' (expected min-severity)"),
                sink.sorted().stream().map(Diagnostic::format).toList());
    }
}
