package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code lesson:<slug>} links become links to the lesson's page, relative to a lesson page. */
class LessonLinkRenderingTest {
    private final InlineMarkdown markdown = new InlineMarkdown(new HtmlSanitizer());

    private String html(String text) {
        return markdown.toHtml(text, (tex, display, offset) -> tex, "");
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

    @Test
    void anImageIsNotALessonLink() {
        assertEquals("<img alt=\"x\">", html("![x](lesson:consistency-models)"));
    }
}
