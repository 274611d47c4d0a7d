package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.model.DiagnosticCollector;
import dev.lectern.model.Inline;
import dev.lectern.model.Table;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a template reaches through Freemarker's object wrapper: the page's helpers and model, not the Java API. */
class PageTemplatesTest {

    public record Page(String source, PageHtml html, Inline text, Optional<Inline> title, Optional<Inline> none,
                       Table table) {
    }

    private static Page page(String source) {
        HtmlSanitizer sanitizer = new HtmlSanitizer();
        PageHtml html = new PageHtml(new InlineMarkdown(sanitizer), sanitizer,
                new FormulaTypesetter(new FakeMath(), new DiagnosticCollector().forFile("x.md"), new SecureRandom()),
                Anchors.none(), List.of(), LessonNumbers.NONE);
        return new Page(source, html, new Inline("a *b* [c](d.html)", 3), Optional.of(new Inline("**T**", 4)),
                Optional.empty(), new Table(5, List.of(new Inline("h", 5)),
                        List.of(new Table.Row(6, List.of(new Inline("x", 6), new Inline("y", 6))))));
    }

    /** {@code template} run by a test template of the jar's settings ({@code <@source?interpret />}). */
    private static String render(String template) {
        return new PageTemplates().render("test-interpret.ftlh", page(template));
    }

    @Test
    void templatesCallThePageHelpersWithTheArgumentsAsWrittenAndReadRecordComponents() {
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

        assertTrue(refused.getMessage().startsWith("template test-interpret.ftlh failed"), refused.getMessage());
    }
}
