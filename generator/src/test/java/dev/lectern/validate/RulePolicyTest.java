package dev.lectern.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.model.Diagnostic;
import dev.lectern.model.DiagnosticCollector;
import dev.lectern.model.Rule;
import dev.lectern.model.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule severities as lectern.yaml sets them. */
class RulePolicyTest {

    private static final Diagnostic MOJIBAKE = new Diagnostic("a.md", 3, 4, Severity.WARNING, "mojibake", "m");

    /** The severity the policy gives a diagnostic of {@code rule} reported at its default, or empty when it is off. */
    private static Optional<Severity> severity(RulePolicy policy, Rule rule) {
        return policy.apply(new Diagnostic("a.md", 1, 1, rule.defaultSeverity(), rule.id(), "m"))
                .map(Diagnostic::severity);
    }

    private static RulePolicy read(Path dir, String yaml, DiagnosticCollector sink) throws IOException {
        Files.writeString(dir.resolve("lectern.yaml"), yaml);
        return new ConfigReader().read(dir, sink).rules();
    }

    @Test
    void withoutAConfigFileEveryRuleKeepsItsDefault(@TempDir Path dir) {
        RulePolicy policy = new ConfigReader().read(dir, new DiagnosticCollector()).rules();
        assertEquals(Optional.of(MOJIBAKE), policy.apply(MOJIBAKE));
        assertEquals(Optional.of(Severity.ERROR), severity(policy, Rule.OPEN_CRITICAL));
    }

    @Test
    void offDropsTheRuleAndALevelReplacesItsSeverity(@TempDir Path dir) throws IOException {
        DiagnosticCollector sink = new DiagnosticCollector();
        RulePolicy policy = read(dir, "rules:\n  mojibake: off\n  checklist-unchecked: error\n  open-critical: info\n",
                sink);
        assertEquals(List.of(), sink.sorted());
        assertEquals(Optional.empty(), policy.apply(MOJIBAKE));
        assertEquals(Optional.of(Severity.ERROR), severity(policy, Rule.CHECKLIST_UNCHECKED));
        assertEquals(Optional.of(Severity.INFO), severity(policy, Rule.OPEN_CRITICAL));
        assertEquals(Optional.of(Severity.INFO), severity(policy, Rule.SPACED_EM_DASH));
    }

    @Test
    void anUnknownRuleIsReportedAtItsKeyAndAnUnknownLevelAtItsValue(@TempDir Path dir) throws IOException {
        DiagnosticCollector sink = new DiagnosticCollector();
        RulePolicy policy = read(dir, "rules:\n  mojibake: loud\n  no-such-rule: off\n  spaced-em-dash: off\n", sink);
        assertEquals(List.of(
                "lectern.yaml:2:13: error[invalid-config]: rule 'mojibake': 'loud' is none of off, info, warning, error",
                "lectern.yaml:3:3: warning[unknown-rule]: no rule 'no-such-rule'; the report pages list the rules"),
                sink.sorted().stream().map(Diagnostic::format).toList());
        assertEquals(Optional.empty(), severity(policy, Rule.SPACED_EM_DASH));
    }

    @Test
    void aFileThatIsNoMappingNamesEverySectionItMayHave(@TempDir Path dir) throws IOException {
        DiagnosticCollector sink = new DiagnosticCollector();
        read(dir, "- rules\n", sink);
        assertEquals(List.of("lectern.yaml:1:1: error[invalid-config]: "
                        + "expected a mapping with a 'rules', 'limits', 'pages' or 'site' key"),
                sink.sorted().stream().map(Diagnostic::format).toList());
    }

    @Test
    void malformedYamlIsAConfigErrorNotACrash(@TempDir Path dir) throws IOException {
        DiagnosticCollector sink = new DiagnosticCollector();
        read(dir, "rules: [unclosed\n", sink);
        assertEquals(List.of("invalid-config"), sink.sorted().stream().map(Diagnostic::rule).distinct().toList());
    }

    @Test
    void everyRuleHasAUniqueKebabId() {
        List<String> ids = java.util.Arrays.stream(Rule.values()).map(Rule::id).toList();
        assertEquals(ids.size(), ids.stream().distinct().count());
        ids.forEach(id -> assertEquals(Optional.of(id), Rule.byId(id).map(Rule::id)));
        assertEquals("unknown-component-color", Rule.UNKNOWN_COMPONENT_COLOR.id());
    }
}
