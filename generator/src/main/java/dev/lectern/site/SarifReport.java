package dev.lectern.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lectern.model.Diagnostic;
import dev.lectern.model.Rule;
import dev.lectern.model.Severity;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code check --format sarif}: a SARIF 2.1.0 log, so that CI systems (GitHub code scanning and
 * others) annotate the lines. One run; the tool's rules are the whole {@link Rule} catalog, with
 * each rule's default level; a result's level is the diagnostic's own (after {@code lectern.yaml}).
 * <p>
 * A result's file is the path as shown (the content folder as typed, then the file), a relative
 * reference against {@code %SRCROOT%}: run from the repository root, that is the path from the root
 * which code scanning expects. A content folder given as an absolute path gives absolute
 * {@code file:} URIs, without a base. Columns count UTF-16 units, SARIF's default column kind.
 */
public final class SarifReport {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SRCROOT = "%SRCROOT%";

    /** Configured once and never changed: Jackson documents it as safe to share. */
    private static final ObjectMapper JSON = new ObjectMapper();

    private SarifReport() {
    }

    /**
     * @param shownUnder  the content folder as the user typed it; files are shown under it
     * @param toolVersion the version of Lectern that ran
     */
    public static String write(List<Diagnostic> diagnostics, String shownUnder, String toolVersion) {
        ObjectNode log = JSON.createObjectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "lectern");
        driver.put("version", toolVersion);
        ArrayNode rules = driver.putArray("rules");
        for (Rule rule : Rule.values()) {
            ObjectNode r = rules.addObject();
            r.put("id", rule.id());
            r.putObject("shortDescription").put("text", rule.description());
            r.putObject("defaultConfiguration").put("level", level(rule.defaultSeverity()));
        }
        ArrayNode results = run.putArray("results");
        for (Diagnostic d : diagnostics) {
            results.add(result(d, shownUnder));
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(log) + "\n";
        } catch (JsonProcessingException e) {
            // a tree of strings and numbers always serialises; failing here is a programming error
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode result(Diagnostic d, String shownUnder) {
        ObjectNode result = JSON.createObjectNode();
        result.put("ruleId", d.rule());
        Optional<Rule> rule = Rule.byId(d.rule());
        rule.ifPresent(r -> result.put("ruleIndex", r.ordinal()));
        result.put("level", level(d.severity()));
        result.putObject("message").put("text", d.message());
        ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
        artifact(physical.putObject("artifactLocation"), shownUnder, d.file());
        if (d.line() > 0) {
            ObjectNode region = physical.putObject("region");
            region.put("startLine", d.line());
            if (d.column() > 0) {
                region.put("startColumn", d.column());
            }
        }
        return result;
    }

    private static void artifact(ObjectNode location, String shownUnder, String file) {
        String shown = DiagnosticFormats.shown(shownUnder, file);
        if (Path.of(shown).isAbsolute()) {
            location.put("uri", Path.of(shown).toUri().toString());
        } else {
            location.put("uri", relativeReference(shown));
            location.put("uriBaseId", SRCROOT);
        }
    }

    /** The path as a relative URI reference, its characters escaped where URIs need it ({@code a b} as {@code a%20b}). */
    private static String relativeReference(String path) {
        String slashed = path.replace('\\', '/');
        // a colon in the first segment would read as a scheme ("c:notes.md")
        String safe = slashed.split("/", 2)[0].contains(":") ? "./" + slashed : slashed;
        try {
            return new URI(null, null, safe, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + path, e);
        }
    }

    /** SARIF's level for a severity: {@code error}, {@code warning}, {@code note}. */
    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
