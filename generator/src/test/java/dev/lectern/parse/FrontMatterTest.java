package dev.lectern.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.model.CognitiveLoad;
import dev.lectern.model.Diagnostic;
import dev.lectern.model.Lesson;
import dev.lectern.model.LessonMetadata;
import dev.lectern.model.LessonMetadata.Field;
import dev.lectern.model.LessonMetadata.Ordinal;
import dev.lectern.model.LessonMetadata.Position;
import dev.lectern.model.Located;
import dev.lectern.model.Severity;
import dev.lectern.testing.ModelDump;
import dev.lectern.testing.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** YAML front matter at the top of a lesson: what it gives, what it overrides, what it reports. */
class FrontMatterTest {
    private static final String FILE = "series-7/module-7-3/lessons/latent-consistency-and-turbo.md";
    private static final String BODY = """
            # Lesson: Latent Consistency & Turbo

            **Slug:** `bold-slug`
            **Module:** 6.1 (Old Module), **Position:** Lesson 1 of 4 in module
            **Cognitive Load:** STRETCH

            ## Phase 1: Orient

            Text.
            """;

    private static Lessons.Parsed parse(String frontMatter, String body) {
        return Lessons.parse(FILE, "---\n" + frontMatter + "---\n" + body);
    }

    private static Diagnostic error(int line, int column, String rule, String message) {
        return new Diagnostic(FILE, line, column, Severity.ERROR, rule, message);
    }

    @Test
    void givesSlugModulePositionAndCognitiveLoad() {
        Lessons.Parsed parsed = parse("""
                slug: latent-consistency-and-turbo
                module: "7.3"
                position: {inModule: 2, ofModule: 3, inSeries: 7, ofSeries: 11}
                cognitiveLoad: BUILD
                status: draft
                """, "# Lesson: Latent Consistency & Turbo\n\nText.\n");
        LessonMetadata meta = parsed.lesson().metadata();

        assertEquals(List.of(), parsed.diagnostics());
        assertEquals(Optional.of(new Located<>("latent-consistency-and-turbo", 2)), meta.slug());
        assertEquals(Optional.of(new Located<>("7.3", 3)), meta.module());
        assertEquals(Optional.of(new Position(4, "Lesson 7 of 11 in series, Lesson 2 of 3 in module",
                Optional.of(new Ordinal(2, Optional.of(3), false)), Optional.of(new Ordinal(7, Optional.of(11), false)))),
                meta.position());
        assertEquals(Optional.of(new Located<>(CognitiveLoad.BUILD, 5)), meta.cognitiveLoad());
        assertEquals(Optional.of(new Located<>("draft", 6)), meta.status());
        assertEquals(Optional.empty(), meta.moduleTitle());
        // each value's column is where it starts (the quote of "7.3", the brace of the position)
        assertEquals(List.of(new Field(2, 1, "slug", "latent-consistency-and-turbo", 7), new Field(3, 1, "module", "7.3", 9),
                new Field(4, 1, "position", "{\"inModule\":2,\"ofModule\":3,\"inSeries\":7,\"ofSeries\":11}", 11),
                new Field(5, 1, "cognitiveLoad", "BUILD", 16), new Field(6, 1, "status", "draft", 9)), meta.fields());
        assertEquals("latent-consistency-and-turbo", parsed.lesson().slug());
        assertEquals(Optional.of("7.3"), parsed.lesson().moduleId());
    }

    @Test
    void winsOverTheBoldFieldsItNamesAndLeavesTheOthers() {
        Lessons.Parsed parsed = parse("""
                slug: latent-consistency-and-turbo
                module: "7.3"
                position: {inModule: 2}
                """, BODY);
        LessonMetadata meta = parsed.lesson().metadata();

        assertEquals(List.of(), parsed.diagnostics());
        assertEquals(Optional.of(new Located<>("latent-consistency-and-turbo", 2)), meta.slug());
        assertEquals(Optional.of(new Located<>("7.3", 3)), meta.module());
        assertEquals(Optional.of(new Located<>("Old Module", 9)), meta.moduleTitle());
        assertEquals(Optional.of(new Position(4, "Lesson 2 in module", Optional.of(new Ordinal(2, Optional.empty(),
                false)), Optional.empty())), meta.position());
        assertEquals(Optional.of(new Located<>(CognitiveLoad.STRETCH, 10)), meta.cognitiveLoad());
        assertEquals(List.of("slug", "module", "position", "Slug", "Module", "Position", "Cognitive Load"),
                meta.fields().stream().map(Field::key).toList());
    }

    @Test
    void aValueOnTheLineUnderItsKeyIsPlacedAtTheKey() {
        Lessons.Parsed parsed = parse("slug:\n  latent-consistency-and-turbo\n", BODY);

        assertEquals(new Field(2, 1, "slug", "latent-consistency-and-turbo", 1), parsed.lesson().metadata().fields().get(0));
    }

    @Test
    void reportsABadCognitiveLoadAtItsValueAndKeepsTheBoldOne() {
        Lessons.Parsed parsed = parse("""
                slug: latent-consistency-and-turbo
                cognitiveLoad: HEAVY
                """, BODY);

        assertEquals(List.of(error(3, 16, "schema-violation", "front matter /cognitiveLoad: does not have a value in "
                + "the enumeration [\"BUILD\", \"STRETCH\", \"CONSOLIDATE\", null]")), parsed.diagnostics());
        assertEquals(Optional.of(new Located<>(CognitiveLoad.STRETCH, 9)), parsed.lesson().metadata().cognitiveLoad());
        assertEquals(Optional.of(new Located<>("latent-consistency-and-turbo", 2)), parsed.lesson().metadata().slug());
    }

    @Test
    void reportsAnUnknownKeyAtItAndABadPositionAtItsValue() {
        Lessons.Parsed parsed = parse("""
                cognitive_load: BUILD
                position:
                  ofModule: 3
                """, BODY);

        assertEquals(List.of(
                error(2, 1, "schema-violation", "front matter: property 'cognitive_load' is not defined in the schema "
                        + "and the schema does not allow additional properties"),
                error(4, 3, "schema-violation", "front matter /position: has a missing property 'inModule' which is "
                        + "dependent required because 'ofModule' is present")), parsed.diagnostics());
        assertEquals(Optional.of(new Located<>("6.1", 9)), parsed.lesson().metadata().module());
        assertEquals(Optional.of("Lesson 1 of 4 in module"), parsed.lesson().metadata().position().map(Position::text));
    }

    @Test
    void readsAnUnquotedModuleAsWrittenThoughYamlReadsItAsANumber() {
        Lessons.Parsed parsed = parse("""
                module: 7.10
                """, BODY);

        assertEquals(List.of(), parsed.diagnostics());
        assertEquals(Optional.of(new Located<>("7.10", 2)), parsed.lesson().metadata().module());
    }

    @Test
    void reportsAYamlSyntaxErrorAndStillParsesTheRest() {
        Lessons.Parsed parsed = parse("""
                slug: latent-consistency-and-turbo
                module: [7.3
                """, BODY);
        Lesson lesson = parsed.lesson();

        assertEquals(List.of(error(3, 9, "invalid-front-matter", "front matter is not valid YAML: expected ',' or ']', "
                + "but got <stream end> (while parsing a flow sequence); it is ignored")), parsed.diagnostics());
        assertEquals(Optional.of(new Located<>("bold-slug", 7)), lesson.metadata().slug());
        assertEquals("Latent Consistency & Turbo", lesson.displayTitle());
        assertEquals(List.of("Phase 1: Orient"), lesson.sections().stream().map(s -> s.heading().plain()).toList());
        assertEquals(11, lesson.sections().get(0).line());
    }

    @Test
    void aYamlErrorSaysWhatWasExpectedAndTheLineWhereTheUnclosedBraceBegan() {
        Lessons.Parsed parsed = parse("""
                slug: latent-consistency-and-turbo
                position: {inModule: 2, ofModule: 3
                cognitiveLoad: BUILD
                """, BODY);

        assertEquals(List.of(error(4, 14, "invalid-front-matter", "front matter is not valid YAML: expected ',' or '}', "
                + "but got : (while parsing a flow mapping from line 3); it is ignored")), parsed.diagnostics());
    }

    @Test
    void reportsADuplicateKeyAsInvalidYaml() {
        Lessons.Parsed parsed = parse("slug: a\nslug: b\n", BODY);

        assertEquals(List.of(error(3, 5, "invalid-front-matter",
                "front matter is not valid YAML (Duplicate field 'slug'); it is ignored")), parsed.diagnostics());
    }

    @Test
    void readsAnEmptyFrontMatterAsSayingNothing() {
        Lessons.Parsed parsed = parse("", BODY);

        assertEquals(List.of(), parsed.diagnostics());
        assertEquals(Optional.of(new Located<>("bold-slug", 5)), parsed.lesson().metadata().slug());
    }

    @Test
    void reportsAFrontMatterThatIsNotAMappingAtItsFirstLine() {
        Lessons.Parsed parsed = parse("- slug\n- module\n", BODY);

        assertEquals(List.of(error(2, 1, "schema-violation", "front matter: array found, object expected")),
                parsed.diagnostics());
        assertEquals(Optional.of(new Located<>("bold-slug", 7)), parsed.lesson().metadata().slug());
    }

    @Test
    void leavesEveryLineOfTheSeedWhereItWas() throws IOException {
        String seed = Files.readString(Repo.seed());
        String frontMatter = "---\nslug: latent-consistency-and-turbo\nmodule: \"7.3\"\ncognitiveLoad: BUILD\n---\n";
        Lesson plain = Lessons.parse(FILE, "\n".repeat(5) + seed).lesson();
        Lessons.Parsed withFrontMatter = Lessons.parse(FILE, frontMatter + seed);
        Lesson lesson = withFrontMatter.lesson();

        assertEquals(ModelDump.of(plain.sections()), ModelDump.of(lesson.sections()));
        assertEquals(ModelDump.of(plain.preamble()), ModelDump.of(lesson.preamble()));
        assertEquals(plain.title(), lesson.title());
        assertEquals(plain.metadata().fields(), lesson.metadata().fields().subList(3, lesson.metadata().fields().size()));
        assertEquals(plain.metadata().position(), lesson.metadata().position());
        assertEquals(List.of(2, 3, 4), List.of(lesson.metadata().slug().orElseThrow().line(),
                lesson.metadata().module().orElseThrow().line(), lesson.metadata().cognitiveLoad().orElseThrow().line()));
        assertEquals(Lessons.parse(FILE, "\n".repeat(5) + seed).formatted(), withFrontMatter.formatted());
    }
}
