package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code lesson:<slug>} links become links to the lesson's page, relative to a lesson page. */
class LessonLinkRenderingTest {
    private final InlineMarkdown markdown = new InlineMarkdown(new HtmlSanitizer());

    private String html(String text) {
        return markdown.toHtml(text, (tex, display, offset) -> tex, "", false);
    }

    @Test
    void aLessonLinkGoesToTheLessonsFolderBesideThisOne() {
        assertEquals("see <a href=\"../the-speed-landscape/\">the next lesson</a>",
                html("see [the next lesson](lesson:the-speed-landscape)"));
    }

    @Test
    void aLessonLinkKeepsItsAnchorAndTitle() {
        assertEquals("<a href=\"../consistency-models/#summary\" title=\"Recap\">recap</a>",
                html("[recap](lesson:consistency-models#summary \"Recap\")"));
    }

    @Test
    void otherLinksAreLeftAsTheyAre() {
        assertEquals("<a href=\"../consistency-models/spec.html\">spec</a> and <a href=\"https://example.org/\">web</a>",
                html("[spec](../consistency-models/spec.html) and [web](https://example.org/)"));
    }

    @Test
    void aLessonTargetThatIsNoSlugIsDroppedLikeAnyUnknownScheme() {
        assertEquals("<a>up</a>", html("[up](lesson:../../etc)"));
        assertEquals(Optional.empty(), InlineMarkdown.lessonHref("lesson:a/b"));
    }

    private static final LessonNumbers NUMBERS = new LessonNumbers(java.util.Map.of(
            "7.2.1", new LessonNumbers.Target("score-functions-and-sdes", "Score Functions & SDEs")));
    private static final String LINKED = "<a href=\"../score-functions-and-sdes/\" title=\"Score Functions &amp; SDEs\">7.2.1</a>";

    private String withNumbers(String text) {
        return markdown.toHtml(text, (tex, display, offset) -> tex, "", NUMBERS, false);
    }

    @Test
    void aLessonsNumberLinksToItInPlainTextAndBesideMarkup() {
        assertEquals("the flow ODE (from " + LINKED + ")", withNumbers("the flow ODE (from 7.2.1)"));
        assertEquals("<strong>ODE</strong> (from " + LINKED + "), " + LINKED + "/7.2.2",
                withNumbers("**ODE** (from 7.2.1), 7.2.1/7.2.2"));
    }

    @Test
    void aNumberInCodeInALinkInAFormulaOrAVersionOrOfNoLessonStaysText() {
        assertEquals("<code>7.2.1</code> <a href=\"x.html\">see 7.2.1</a> 7.2.1.4 v7.2.1 6.4.2 x 7.2.1",
                withNumbers("`7.2.1` [see 7.2.1](x.html) 7.2.1.4 v7.2.1 6.4.2 $x 7.2.1$"));
        assertEquals("from 7.2.1", html("from 7.2.1"));
    }

    @Test
    void anImageIsNotALessonLink() {
        assertEquals("<img alt=\"x\">", html("![x](lesson:consistency-models)"));
    }
}
