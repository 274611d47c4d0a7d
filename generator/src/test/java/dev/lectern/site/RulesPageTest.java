package dev.lectern.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.model.Rule;
import dev.lectern.testing.Repo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The rule table of the project site's rules page ({@code site/markdown/rules.md}) is the rule
 * catalog: every rule, its default severity and description, in catalog order. With
 * {@code -Dlectern.updateGolden=true} the table is rewritten from the catalog.
 */
class RulesPageTest {
    private static final String START = "<!-- rules:start -->\n";
    private static final String END = "<!-- rules:end -->\n";

    static String table() {
        StringBuilder table = new StringBuilder("| Rule | Default severity | What it reports |\n|---|---|---|\n");
        for (Rule rule : Rule.values()) {
            table.append("| `").append(rule.id()).append("` | ").append(rule.defaultSeverity().label()).append(" | ")
                    .append(rule.description().replace("|", "\\|")).append(" |\n");
        }
        return table.toString();
    }

    @Test
    void theSiteRulesPageListsEveryRuleOfTheCatalog() throws IOException {
        Path page = Repo.root().resolve("site/markdown/rules.md");
        String text = Files.readString(page, StandardCharsets.UTF_8);
        int start = text.indexOf(START) + START.length();
        int end = text.indexOf(END);
        String expected = text.substring(0, start) + table() + text.substring(end);
        if (Repo.updateGolden()) {
            Files.writeString(page, expected, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(expected, text, "the rule table of " + page + " differs from the catalog; "
                + "rerun with -Dlectern.updateGolden=true and review the diff");
    }
}
