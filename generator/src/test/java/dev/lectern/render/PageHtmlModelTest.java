package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.model.DiagnosticCollector;
import dev.lectern.model.Inline;
import dev.lectern.model.Table;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a template gets when it calls {@code html.*}: the page's functions, with arguments as written. */
class PageHtmlModelTest {

    private final Map<String, Object> page = Map.of(
            "html", html(),
            "text", new Inline("a *b* [c](d.html)", 3),
            "title", Optional.of(new Inline("**T**", 4)),
            "none", Optional.empty(),
            "table", new Table(5, List.of(new Inline("h", 5)), List.of(new Table.Row(6, List.of(
                    new Inline("x", 6), new Inline("y", 6))))));

    private static PageHtml html() {
        HtmlSanitizer sanitizer = new HtmlSanitizer();
        return new PageHtml(new InlineMarkdown(sanitizer), sanitizer,
                new FormulaTypesetter(new FakeMath(), new DiagnosticCollector().forFile("x.md")),
                Anchors.none());
    }

    private String render(String source) throws IOException, TemplateException {
        Configuration config = new Configuration(Configuration.VERSION_2_3_35);
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        config.setObjectWrapper(new RecordWrapper(Configuration.VERSION_2_3_35));
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        StringWriter out = new StringWriter();
        new Template("t.ftlh", new StringReader(source), config).process(page, out);
        return out.toString();
    }

    @Test
    void templatesCallEachFunctionWithTheArgumentsAsWritten() throws Exception {
        String out = render("${html.inline(text)}|${html.inline(title)}|${html.inline(none)}|"
                + "${html.markdown('`m`', 7)}|${html.anchor(3, text)}|${html.colorClass('violet')}|"
                + "${html.colorClass('fuchsia')}|${html.level(5, 3)}|${html.columns(table)}");

        assertEquals("a <em>b</em> <a href=\"d.html\">c</a>|<strong>T</strong>||<code>m</code>|a-b-c|color-violet|"
                + "color-neutral|6|2", out);
    }

    @Test
    void aWrongArgumentStopsThePageNamingTheFunction() {
        TemplateException wrongType = assertThrows(TemplateException.class, () -> render("${html.inline(3)}"));
        TemplateException tooFew = assertThrows(TemplateException.class, () -> render("${html.anchor(3)}"));

        assertTrue(wrongType.getMessage().contains("html.inline takes a text, not SimpleNumber"), wrongType.getMessage());
        assertTrue(tooFew.getMessage().contains("html.anchor takes 2 argument(s), not 1"), tooFew.getMessage());
    }

    @Test
    void anUnknownFunctionStopsThePage() {
        TemplateException unknown = assertThrows(TemplateException.class, () -> render("${html.shout(text)}"));

        assertTrue(unknown.getMessage().contains("html has no function \"shout\""), unknown.getMessage());
    }
}
