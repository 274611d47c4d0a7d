package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.model.DiagnosticCollector;
import dev.lectern.model.Inline;
import dev.lectern.model.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a template reaches through Freemarker's object wrapper: the page's helpers and model, not the Java API. */
class PageTemplatesTest {

    public record Page(PageHtml html, Inline text, Optional<Inline> title, Optional<Inline> none, Table table) {
    }

    @TempDir
    Path dir;

    private static Page page() {
        HtmlSanitizer sanitizer = new HtmlSanitizer();
        PageHtml html = new PageHtml(new InlineMarkdown(sanitizer), sanitizer,
                new FormulaTypesetter(new FakeMath(), new DiagnosticCollector().forFile("x.md"), new SecureRandom()),
                Anchors.none(), List.of());
        return new Page(html, new Inline("a *b* [c](d.html)", 3), Optional.of(new Inline("**T**", 4)),
                Optional.empty(), new Table(5, List.of(new Inline("h", 5)),
                        List.of(new Table.Row(6, List.of(new Inline("x", 6), new Inline("y", 6))))));
    }

    private String render(String template) throws IOException {
        Files.writeString(dir.resolve("t.ftlh"), template);
        return new PageTemplates(dir).render("t.ftlh", page());
    }

    @Test
    void templatesCallThePageHelpersWithTheArgumentsAsWrittenAndReadRecordComponents() throws IOException {
        String out = render("${html.inline(text)}|${html.inline(title)}|${html.inline(none)}|"
                + "${html.markdown('`m`', 7)}|${html.anchor(3, text)}|${html.colorClass('violet')}|"
                + "${html.colorClass('fuchsia')}|${html.level(5, 3)}|${html.columns(table)}|"
                + "<#if title.present>${title.get().markdown}</#if>|${text.line}|${text.plain()}|${table.rows[0].cells[1].markdown}");

        assertEquals("a <em>b</em> <a href=\"d.html\">c</a>|<strong>T</strong>||<code>m</code>|a-b-c|color-violet|"
                + "color-neutral|6|2|**T**|3|a b c|y", out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"${text.getClass()}", "${text.class.name}", "${html.getClass().getClassLoader()}",
        "${title.orElseThrow()}", "${table.rows.getClass()}"})
    void aTemplateCannotReachTheJavaApi(String template) {
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> render(template));

        assertTrue(refused.getMessage().startsWith("template t.ftlh failed"), refused.getMessage());
    }
}
