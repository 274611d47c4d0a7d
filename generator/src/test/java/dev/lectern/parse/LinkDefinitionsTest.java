package dev.lectern.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.model.LinkDefinition;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A lesson keeps its link reference definitions, wherever they stand, for the texts that link through them. */
class LinkDefinitionsTest {

    @Test
    void definitionsAreKeptWithTheirLineTheirTargetsColumnAndTheirMarksAsWrittenTheFirstOfALabelWinning() {
        Lessons.Parsed parsed = Lessons.parse("lessons/test.md", Lessons.lesson("""
                See [the paper][p] and [Q].

                [p]: https://example.org/p 'The (paper)'
                [P]: https://example.org/second

                > [q]: <https://example.org/q?a=1> "Quoted title"
                """));

        assertEquals(List.of(
                new LinkDefinition(11, 6, "p", "https://example.org/p", "[p]: https://example.org/p 'The (paper)'"),
                new LinkDefinition(14, 9, "q", "https://example.org/q?a=1",
                        "[q]: <https://example.org/q?a=1> \"Quoted title\"")), parsed.lesson().links());
        assertEquals(List.of(), parsed.formatted());
    }
}
