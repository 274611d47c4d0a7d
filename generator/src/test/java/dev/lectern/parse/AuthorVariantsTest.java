package dev.lectern.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.model.Block;
import dev.lectern.model.Callout;
import dev.lectern.model.CalloutType;
import dev.lectern.model.CardGrid;
import dev.lectern.model.Finding;
import dev.lectern.model.FindingSeverity;
import dev.lectern.model.GradientCard;
import dev.lectern.model.Inline;
import dev.lectern.model.Lesson;
import dev.lectern.model.LessonMetadata;
import dev.lectern.model.ListBlock;
import dev.lectern.model.MathBlock;
import dev.lectern.model.Paragraph;
import dev.lectern.model.Part;
import dev.lectern.model.PhaseSection;
import dev.lectern.model.PrereqStatus;
import dev.lectern.model.Prerequisite;
import dev.lectern.model.Quote;
import dev.lectern.model.RelevantConceptTable;
import dev.lectern.model.ReviewSection;
import dev.lectern.model.TypedTable;
import dev.lectern.model.Verdict;
import dev.lectern.testing.ModelDump;
import dev.lectern.testing.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed as other authors of the course write it: each variant of a part of the format (a heading
 * worded or marked otherwise, a field or table in another shape) reads as the seed's own form does,
 * with no diagnostic the seed does not have, or is reported.
 */
class AuthorVariantsTest {
    private static final String FILE = "lessons/latent-consistency-and-turbo.md";
    /** The lesson outline's blocks: what most variants of a component are compared by. */
    private static final Function<Lesson, Object> OUTLINE = lesson -> lesson.outline().map(Part::blocks);
    private static String seed;
    private static Lessons.Parsed canonical;

    @BeforeAll
    static void readSeed() throws IOException {
        seed = Files.readString(Repo.seed());
        canonical = Lessons.parse(FILE, seed);
    }

    /** The seed with each {@code from} (which must occur) replaced everywhere by the {@code to} after it. */
    private static Lessons.Parsed edited(String... fromTo) {
        String text = seed;
        for (int i = 0; i < fromTo.length; i += 2) {
            assertTrue(text.contains(fromTo[i]), "the seed has no " + fromTo[i]);
            text = text.replace(fromTo[i], fromTo[i + 1]);
        }
        return Lessons.parse(FILE, text);
    }

    /** The variant gives the same {@code part} of the model as the seed, and the same diagnostics. */
    private static void readsAsTheSeed(Function<Lesson, Object> part, String... fromTo) {
        Lessons.Parsed variant = edited(fromTo);
        assertEquals(ModelDump.withoutColumns(part.apply(canonical.lesson())), ModelDump.withoutColumns(part.apply(variant.lesson())));
        assertEquals(diagnostics(canonical), diagnostics(variant));
    }

    /** The diagnostics but mojibake's, whose columns move when a variant writes a line shorter. */
    private static List<String> diagnostics(Lessons.Parsed parsed) {
        return parsed.formatted().stream().filter(d -> !d.contains("[mojibake]")).toList();
    }

    /** What the metadata says, apart from how its fields were written. */
    private static Object metadata(Lesson lesson) {
        LessonMetadata m = lesson.metadata();
        return List.of(m.slug(), m.series(), m.seriesTitle(), m.module(), m.moduleTitle(),
                m.position().map(LessonMetadata.Position::inModule), m.cognitiveLoad());
    }

    /** What a review says, apart from its heading's wording. */
    private static Object review(Lesson lesson, int index) {
        ReviewSection r = lesson.reviews().get(index);
        return List.of(r.date(), r.iteration(), r.summary(), r.verdict(), r.findings(), r.resolutionCheck());
    }

    private static Object firstReview(Lesson lesson) {
        return review(lesson, 0);
    }

    // Metadata

    @Test
    void metadataFieldsSeparatedByPipesSemicolonsOrDotsAreRead() {
        for (String separator : List.of(" |", ";", " ·")) {
            readsAsTheSeed(AuthorVariantsTest::metadata, "), **Module:**", ")" + separator + " **Module:**",
                    "), **Position:**", ")" + separator + " **Position:**");
        }
    }

    @Test
    void metadataWrittenAsABulletedListIsRead() {
        readsAsTheSeed(AuthorVariantsTest::metadata, "**Slug:**", "- **Slug:**", "**Series:**", "- **Series:**",
                "**Cognitive Load:**", "- **Cognitive Load:**");
    }

    @Test
    void metadataFieldsWithoutBoldAreRead() {
        readsAsTheSeed(AuthorVariantsTest::metadata, "**Slug:** `", "Slug: `");
        readsAsTheSeed(AuthorVariantsTest::metadata, "**Slug:** `", "Slug: `", "**Cognitive Load:** BUILD",
                "Cognitive Load: BUILD");
    }

    @Test
    void moduleAndSeriesNumbersWithTheirWordBeforeThemAreRead() {
        readsAsTheSeed(AuthorVariantsTest::metadata, "**Module:** 7.3", "**Module:** Module 7.3", "**Series:** 7",
                "**Series:** Series 7");
    }

    @Test
    void moduleAndSeriesTitlesAfterJustASpaceAreRead() {
        readsAsTheSeed(AuthorVariantsTest::metadata, "**Module:** 7.3 (Fast Generation)", "**Module:** 7.3 Fast Generation",
                "**Series:** 7 (Post-SD Advances)", "**Series:** 7 Post-SD Advances");
    }

    @Test
    void metadataKeysInItalicsAreRead() {
        readsAsTheSeed(AuthorVariantsTest::metadata, "**Slug:**", "*Slug:*", "**Cognitive Load:**", "_Cognitive Load:_");
    }

    @Test
    void aTitleWrittenAsASecondLevelHeadingIsTheTitle() {
        readsAsTheSeed(lesson -> List.of(lesson.title(), metadata(lesson), lesson.sections().size()),
                "# Lesson: Latent", "## Lesson: Latent");
    }

    @Test
    void aNoBreakSpaceAfterTheTitlesLabelOrAroundTheDashBeforeItsPlanningDocumentSuffixIsASpace() {
        Lessons.Parsed variant = edited("# Lesson: Latent Consistency & Turbo",
                "# Lesson:\u00a0Latent Consistency & Turbo\u00a0--\u00a0Planning\u00a0Document");
        assertEquals("Latent Consistency & Turbo", variant.lesson().displayTitle());
    }

    @Test
    void aPositionWithoutTheWordLessonOrWithASlashIsRead() {
        readsAsTheSeed(AuthorVariantsTest::metadata, "Lesson 2 of 3 in module", "2 of 3 in module");
        readsAsTheSeed(AuthorVariantsTest::metadata, "Lesson 2 of 3 in module", "Lesson 2/3 in module");
    }

    @Test
    void aPositionScopedInParenthesesIsRead() {
        readsAsTheSeed(lesson -> lesson.metadata().position().map(p -> List.of(p.inModule(), p.inSeries())),
                "Lesson 7 of 11 in series, Lesson 2 of 3 in module", "Lesson 2 of 3 (module), 7 of 11 (series)");
    }

    @Test
    void aNoBreakSpaceAfterAFieldIsReadAsASpace() {
        readsAsTheSeed(AuthorVariantsTest::metadata, "**Slug:** `", "**Slug:**\u00a0`");
    }

    @Test
    void aSlugWrittenAsTheFileNameOrALinkIsTheSlug() {
        readsAsTheSeed(AuthorVariantsTest::metadata, "`latent-consistency-and-turbo`\n", "latent-consistency-and-turbo.md\n");
        readsAsTheSeed(AuthorVariantsTest::metadata, "`latent-consistency-and-turbo`\n",
                "[latent-consistency-and-turbo](latent-consistency-and-turbo.md)\n");
    }

    // Sections

    @Test
    void phaseHeadingsNumberedInWordsOrRomanNumeralsDecoratedOrWithANoBreakSpaceArePhases() {
        Function<Lesson, Object> analysis = lesson -> lesson.phase(2).map(PhaseSection::parts);
        readsAsTheSeed(analysis, "## Phase 2: Analyze", "## Phase Two: Analyze");
        readsAsTheSeed(analysis, "## Phase 2: Analyze", "## 🔍 Phase 2: Analyze");
        readsAsTheSeed(analysis, "## Phase 2: Analyze", "## Phase\u00a02: Analyze");
        readsAsTheSeed(analysis, "## Phase 2: Analyze", "## Phase II: Analyze");
        readsAsTheSeed(lesson -> lesson.phase(1).map(PhaseSection::parts), "## Phase 1: Orient (Student State)",
                "## Phase I: Student State (Orient)");
    }

    @Test
    void aNumberedOrShortOutlineHeadingIsTheLessonOutline() {
        readsAsTheSeed(OUTLINE, "### Lesson Outline", "### 4. Lesson Outline");
        readsAsTheSeed(OUTLINE, "### Lesson Outline", "### Outline");
    }

    @Test
    void anOutlineNamedByABoldLineOrADeeperHeadingInsideAnotherPartIsTheLessonOutline() {
        for (String name : List.of("**Lesson Outline**\n", "**Lesson Outline:**\n", "#### Lesson Outline\n")) {
            readsAsTheSeed(OUTLINE, "### Lesson Outline\n", name);
        }
    }

    @Test
    void anOutlineWhoseStepsAreTitledByNumberedBoldLinesReadsAsItsHeadings() {
        Lessons.Parsed bold = Lessons.parse(FILE, seed.replaceAll("(?m)^#### (\\d+\\. .+)$", "**$1**"));

        assertEquals(ModelDump.withoutColumns(OUTLINE.apply(canonical.lesson())),
                ModelDump.withoutColumns(OUTLINE.apply(bold.lesson())));
        assertEquals(diagnostics(canonical), diagnostics(bold));
        // one numbered bold line is a paragraph like any other, as is every one in an outline that has headings
        Lessons.Parsed one = Lessons.parse(FILE, seed.replace("#### 1. Context + Constraints", "**1. Context + Constraints**"));
        assertEquals(Optional.of(new Paragraph(new Inline("**1. Context + Constraints**", 198, 1, 1))),
                one.lesson().outline().flatMap(p -> p.blocks().stream().filter(b -> b.line() == 198).findFirst()));
    }

    @Test
    void aPhaseHeadingOneLevelDeeperStartsItsOwnPhase() {
        readsAsTheSeed(lesson -> List.of(lesson.phases().size(), lesson.phase(2).map(PhaseSection::parts)),
                "## Phase 2: Analyze", "### Phase 2: Analyze");
    }

    @Test
    void sectionsAndPartsHeadedOneLevelDeeperThroughoutReadAsTheSeed() {
        Lessons.Parsed deeper = Lessons.parse(FILE, seed.replaceAll("(?m)^(#{2,5}) ", "#$1 "));
        Function<Lesson, Object> read = lesson -> List.of(metadata(lesson), lesson.prerequisites(),
                lesson.phases().stream().map(p -> List.of(p.number(), p.parts().stream().map(Part::heading).toList())).toList(),
                review(lesson, 0), review(lesson, 1), lesson.checklists());
        assertEquals(ModelDump.withoutColumns(read.apply(canonical.lesson())), ModelDump.withoutColumns(read.apply(deeper.lesson())));
        assertEquals(diagnostics(canonical), diagnostics(deeper));
    }

    @Test
    void aHeadingWithNoSpaceAfterItsMarksIsReportedAtItsLine() {
        // CommonMark reads it as a paragraph, so Phase 2 becomes text of Phase 1: said, not dropped silently
        Lessons.Parsed variant = edited("## Phase 2: Analyze", "##Phase 2: Analyze");
        assertEquals(List.of(FILE + ":68:1: warning[heading-without-space]: '##Phase 2: Analyze' reads as text, not a "
                + "heading: write a space after the #s ('## Phase 2: Analyze')"),
                variant.formatted().stream().filter(d -> d.contains("heading-without-space")).toList());
        assertEquals(List.of(), canonical.formatted().stream().filter(d -> d.contains("heading-without-space")).toList());
    }

    @Test
    void phasesNamedByTheirWordAloneArePhases() {
        Function<Lesson, Object> phases = lesson -> lesson.phases().stream().map(p -> List.of(p.number(), p.parts())).toList();
        readsAsTheSeed(phases, "## Phase 1: Orient (Student State)", "## Orient (Student State)",
                "## Phase 2: Analyze", "## 2. Analysis", "## Phase 3: Design", "## Design");
    }

    @Test
    void aPartNamedLikeAPhaseWordStaysAPart() {
        readsAsTheSeed(lesson -> lesson.phases().stream().map(p -> p.parts().size()).toList(),
                "### Readiness Assessment", "### Design");
    }

    // Reviews

    @Test
    void reviewsGroupedUnderAReviewsHeadingAreEachAReview() {
        int from = seed.indexOf("## Review -- 2026-02-20 (Iteration 1/3)");
        int to = seed.indexOf("## Checklists");
        // the heading takes the blank line before the first review, so that every line stays where it was
        String grouped = seed.substring(0, from - 1) + "## Reviews\n"
                + seed.substring(from, to).replaceAll("(?m)^(#{2,5}) ", "#$1 ") + seed.substring(to);
        hasTheSeedsReviews(grouped);
        // or with only the reviews' own headings a level down, their parts headed beside them
        hasTheSeedsReviews(seed.substring(0, from - 1) + "## Reviews\n"
                + seed.substring(from, to).replace("## Review -- ", "### Review -- ") + seed.substring(to));
    }

    /** The lesson {@code variant} has the seed's reviews, and the seed's diagnostics. */
    private static void hasTheSeedsReviews(String variant) {
        Lessons.Parsed parsed = Lessons.parse(FILE, variant);
        Function<Lesson, Object> reviews = lesson -> List.of(lesson.reviews().size(), review(lesson, 0), review(lesson, 1));
        assertEquals(ModelDump.withoutColumns(reviews.apply(canonical.lesson())),
                ModelDump.withoutColumns(reviews.apply(parsed.lesson())));
        assertEquals(diagnostics(canonical), diagnostics(parsed));
    }

    @Test
    void aReviewHeadedWithAWordOrTwoBeforeReviewIsAReview() {
        readsAsTheSeed(AuthorVariantsTest::firstReview, "## Review -- 2026-02-20 (Iteration 1/3)",
                "## Lesson Review -- 2026-02-20 (Iteration 1/3)");
        readsAsTheSeed(AuthorVariantsTest::firstReview, "## Review -- 2026-02-20 (Iteration 1/3)",
                "## Iteration 1/3 Review -- 2026-02-20");
    }

    @Test
    void reviewDatesInOtherFormatsAreRead() {
        for (String date : List.of("2026/02/20", "2026-2-20", "20 Feb 2026", "February 20, 2026", "Feb. 20th, 2026")) {
            readsAsTheSeed(AuthorVariantsTest::firstReview, "## Review -- 2026-02-20 (Iteration 1/3)",
                    "## Review -- " + date + " (Iteration 1/3)");
        }
    }

    @Test
    void aReviewDateInAnotherFormatThatIsNoCalendarDateIsReportedWhereItIsWritten() {
        assertEquals(List.of(FILE + ":462:14: warning[invalid-date]: '30 Feb 2026' is not a calendar date"),
                edited("## Review -- 2026-02-20 (Iteration 1/3)", "## Review -- 30 Feb 2026 (Iteration 1/3)")
                        .formatted().stream().filter(d -> d.contains("invalid-date")).toList());
    }

    @Test
    void aReviewDateWithTheYearLastIsReportedAsUnread() {
        assertEquals(List.of(FILE + ":462:14: warning[invalid-date]: '20.02.2026' is not a date Lectern reads (day and "
                + "month could be either way round); write it 2026-02-20"), edited("## Review -- 2026-02-20 (Iteration 1/3)",
                "## Review -- 20.02.2026 (Iteration 1/3)").formatted().stream().filter(d -> d.contains("invalid-date")).toList());
    }

    @Test
    void anIterationWrittenAsARoundIsRead() {
        readsAsTheSeed(AuthorVariantsTest::firstReview, "(Iteration 1/3)", "(Round 1 of 3)");
    }

    @Test
    void aNumberRightAfterTheWordReviewIsItsIteration() {
        assertEquals(Optional.of(1), edited("## Review -- 2026-02-20 (Iteration 1/3)", "## Review 1 -- 2026-02-20")
                .lesson().reviews().get(0).iteration());
        assertEquals(Optional.empty(), edited("## Review -- 2026-02-20 (Iteration 1/3)", "## Review 2026-02-20")
                .lesson().reviews().get(0).iteration());
    }

    @Test
    void aSummaryNamedFindingsSummaryOrReviewSummaryIsTheSummary() {
        readsAsTheSeed(AuthorVariantsTest::firstReview, "### Summary\n- Critical: 1", "### Findings Summary\n- Critical: 1");
        readsAsTheSeed(AuthorVariantsTest::firstReview, "### Summary\n- Critical: 1", "### Review Summary\n- Critical: 1");
    }

    @Test
    void summaryCountsUnderABoldLabelInTheReviewsTextOrRightUnderItsHeadingAreTheSummary() {
        Function<Lesson, Object> summaries = lesson -> lesson.reviews().stream().map(ReviewSection::summary).toList();
        readsAsTheSeed(summaries, "### Summary", "**Summary:**");
        readsAsTheSeed(summaries, "## Review -- 2026-02-20 (Iteration 1/3)\n\n### Summary",
                "## Review -- 2026-02-20 (Iteration 1/3)\n### Fresh Look\n**Summary:**");
        // with no label at all, the counts are read where they start, the line below
        Function<Lesson, Object> counts = lesson -> lesson.reviews().stream().map(r -> r.summary().map(s -> s.counts()
                .entrySet().stream().map(c -> List.of(c.getKey(), c.getValue().value(), c.getValue().line())).toList())).toList();
        readsAsTheSeed(counts, "### Summary\n", "\n");
    }

    @Test
    void summaryCountsInOtherWordingsAreRead() {
        String counts = "- Critical: 1\n- Improvement: 3\n- Polish: 2";
        for (String variant : List.of("- **Critical:** 1\n- **Improvement:** 3\n- **Polish:** 2",
                "- Critical issues: 1\n- Improvement findings: 3\n- Polish items: 2",
                "- Critical — 1\n- Improvement — 3\n- Polish — 2", "- 1 critical\n- 3 improvement\n- 2 polish",
                "| Critical | 1 |\n| Improvement | 3 |\n| Polish | 2 |")) {
            Lessons.Parsed parsed = edited(counts, variant.startsWith("|") ? "| Severity | Count |\n|---|---|\n" + variant
                    : variant);
            assertEquals(Map.of(FindingSeverity.CRITICAL, 1, FindingSeverity.IMPROVEMENT, 3, FindingSeverity.POLISH, 2),
                    counts(parsed.lesson()), variant);
            assertTrue(parsed.rules().stream().noneMatch("unreadable-summary"::equals), variant);
        }
    }

    @Test
    void aSummaryCountWrittenNoneIsZero() {
        assertEquals(Map.of(FindingSeverity.CRITICAL, 0, FindingSeverity.IMPROVEMENT, 3, FindingSeverity.POLISH, 2),
                counts(edited("- Critical: 1\n- Improvement: 3", "- Critical: none\n- Improvement: 3").lesson()));
    }

    @Test
    void aCountTooLongForANumberIsNotReadAndDoesNotStopTheLesson() {
        Lessons.Parsed parsed = edited("- Critical: 1\n- Improvement: 3", "- Critical: 99999999999\n- Improvement: 3");
        assertEquals(Map.of(FindingSeverity.IMPROVEMENT, 3, FindingSeverity.POLISH, 2), counts(parsed.lesson()));
    }

    private static Map<FindingSeverity, Integer> counts(Lesson lesson) {
        return lesson.reviews().get(0).summary().orElseThrow().counts().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().value()));
    }

    @Test
    void whatAReviewerWritesBesideTheSummaryCountsIsKept() {
        ReviewSection review = edited("- Polish: 2\n", "- Polish: 2\n\nMostly small issues.\n").lesson().reviews().get(0);
        assertEquals(List.of("Summary"), review.parts().stream().map(p -> p.heading().plain()).filter("Summary"::equals)
                .toList());
        assertEquals(3, review.summary().orElseThrow().counts().size());
    }

    @Test
    void aVerdictAfterAMarkOrEmojiIsRead() {
        readsAsTheSeed(lesson -> lesson.reviews().get(1).verdict().flatMap(Verdict::kind),
                "### Verdict: PASS", "### Verdict — PASS");
        readsAsTheSeed(lesson -> lesson.reviews().get(1).verdict().flatMap(Verdict::kind),
                "### Verdict: PASS", "### Verdict: ✅ PASS");
        assertEquals(Optional.of(Verdict.Kind.NEEDS_REVISION), edited("### Verdict: MAJOR REVISION",
                "### Verdict: NEEDS MINOR REVISION").lesson().reviews().get(0).verdict().flatMap(Verdict::kind));
    }

    @Test
    void aVerdictWrittenAsABoldParagraphADeeperHeadingOrAFinalVerdictIsRead() {
        Function<Lesson, Object> verdict = lesson -> lesson.reviews().get(1).verdict().map(v -> List.of(v.text(), v.kind()));
        readsAsTheSeed(verdict, "### Verdict: PASS", "**Verdict:** PASS");
        readsAsTheSeed(verdict, "### Verdict: PASS", "#### Verdict: PASS");
        readsAsTheSeed(verdict, "### Verdict: PASS", "### Final Verdict: PASS");
        readsAsTheSeed(verdict, "### Verdict: PASS", "- **Verdict:** PASS");
    }

    @Test
    void aVerdictSectionRightAfterAReviewIsPartOfThatReview() {
        readsAsTheSeed(lesson -> List.of(lesson.reviews().size(), review(lesson, 1)), "### Verdict: PASS",
                "## Verdict: PASS");
    }

    @Test
    void aResultOrOutcomeIsTheVerdict() {
        Function<Lesson, Object> verdict = lesson -> lesson.reviews().get(1).verdict().map(v -> List.of(v.text(), v.kind()));
        readsAsTheSeed(verdict, "### Verdict: PASS", "### Result: PASS");
        readsAsTheSeed(verdict, "### Verdict: PASS", "### Outcome — PASS");
    }

    @Test
    void aPluralSeverityIsRead() {
        readsAsTheSeed(lesson -> lesson.reviews().get(0).findings().stream().map(f -> f.severity()).toList(),
                "#### [IMPROVEMENT] -- ", "#### [IMPROVEMENTS] -- ");
    }

    @Test
    void findingFieldsRunOnInOneParagraphAreRead() {
        Function<Lesson, Object> fields = lesson -> lesson.reviews().get(0).findings().stream()
                .map(f -> List.of(f.issue().map(i -> i.text().markdown()), f.studentImpact().map(i -> i.text().markdown()))).toList();
        Lessons.Parsed runOn = edited("\n**Student impact:** ", " **Student impact:** ");
        assertEquals(ModelDump.withoutColumns(fields.apply(canonical.lesson())), ModelDump.withoutColumns(fields.apply(runOn.lesson())));
    }

    @Test
    void aBoldWordLikeALabelInsideAFieldStaysItsText() {
        Lessons.Parsed variant = edited("The built lesson never delivers this.", "The built lesson never delivers this: **Fix** it.");
        assertEquals(canonical.lesson().reviews().get(0).findings().get(0).suggestedFix(),
                variant.lesson().reviews().get(0).findings().get(0).suggestedFix());
        assertTrue(variant.lesson().reviews().get(0).findings().get(0).issue().orElseThrow().text().markdown()
                .contains("never delivers this: **Fix** it."));
    }

    @Test
    void findingHeadingsNumberedDecoratedInParenthesesWithAnIdOrInTitleCaseAreFindings() {
        Function<Lesson, Object> findings = lesson -> lesson.reviews().get(0).findings();
        readsAsTheSeed(findings, "#### [CRITICAL] -- ", "#### 1. [CRITICAL] -- ", "#### [POLISH] -- ", "#### 2) [POLISH] -- ");
        readsAsTheSeed(findings, "#### [CRITICAL] -- ", "#### Finding 1 [CRITICAL]: ");
        readsAsTheSeed(findings, "#### [CRITICAL] -- ", "#### 🔴 [CRITICAL] -- ");
        readsAsTheSeed(findings, "#### [CRITICAL] -- ", "#### (CRITICAL) ");
        readsAsTheSeed(findings, "#### [CRITICAL] -- ", "#### [CRITICAL-1] ");
        readsAsTheSeed(findings, "#### [CRITICAL] -- ", "#### Critical — ", "#### [IMPROVEMENT] -- ", "#### Improvement: ");
    }

    @Test
    void aFindingWithItsSeverityLastIsAFinding() {
        String title = "Missing contrastive quality example for LCM 1-step vs ADD 1-step";
        readsAsTheSeed(lesson -> lesson.reviews().get(0).findings(), "#### [CRITICAL] -- " + title, "#### " + title + " [CRITICAL]");
    }

    @Test
    void findingsUnderAnIssuesHeadingAreTheFindingsWithNoEmptyPartLeft() {
        for (String heading : List.of("### Issues\n", "### Issues Found\n", "### Remaining Items\n", "## Issues\n")) {
            readsAsTheSeed(AuthorVariantsTest::firstReview, "### Findings\n", heading);
            assertEquals(canonical.lesson().reviews().get(0).parts().stream().map(p -> p.heading().markdown()).toList(),
                    edited("### Findings\n", heading).lesson().reviews().get(0).parts().stream()
                            .map(p -> p.heading().markdown()).toList());
        }
    }

    @Test
    void findingsHeadedOneLevelBelowAFindingThatIsAPartAreFindings() {
        readsAsTheSeed(lesson -> lesson.reviews().get(0).findings(), "#### [CRITICAL] -- Missing contrastive",
                "### [CRITICAL] -- Missing contrastive");
    }

    @Test
    void aFindingHeadedByABoldParagraphIsAFinding() {
        String title = "[CRITICAL] -- Missing contrastive quality example for LCM 1-step vs ADD 1-step";
        readsAsTheSeed(lesson -> lesson.reviews().get(0).findings(), "#### " + title, "**" + title + "**");
    }

    @Test
    void findingsWrittenAsListItemsAreFindingsWithTheirSeverityAndTitleInBoldOrNot() {
        int from = seed.indexOf("### Findings\n");
        int to = seed.indexOf("## Review -- 2026-02-20 (Iteration 2/3)");
        List<String> headings = seed.substring(from, to).lines().filter(line -> line.startsWith("#### [")).toList();
        String plain = headings.stream().map(h -> "- " + h.substring(5) + "\n").collect(Collectors.joining());
        String bold = headings.stream().map(h -> "- **" + h.substring(5) + "** -- what it is about\n")
                .collect(Collectors.joining());
        Function<Lesson, Object> titles = lesson -> lesson.reviews().get(0).findings().stream()
                .map(f -> f.severity().orElseThrow() + " " + f.title().markdown()).toList();
        for (String list : List.of(plain, bold)) {
            Lessons.Parsed variant = Lessons.parse(FILE, seed.substring(0, from) + "### Findings\n\n" + list + "\n"
                    + seed.substring(to));
            assertEquals(6, headings.size());
            assertEquals(titles.apply(canonical.lesson()), titles.apply(variant.lesson()));
            assertEquals(List.of(), variant.formatted().stream()
                    .filter(d -> d.contains("[review-count-mismatch]") || d.contains("[finding-unresolved]")).toList());
        }
    }

    @Test
    void findingFieldsWithoutBoldAsAListOrUnderAnotherLabelAreRead() {
        Function<Lesson, Object> findings = lesson -> lesson.reviews().get(0).findings();
        readsAsTheSeed(findings, "\n**Location:** ", "\nLocation: ", "\n**Issue:** ", "\nIssue: ");
        readsAsTheSeed(findings, "**Suggested fix:** ", "**Recommendation:** ");
        readsAsTheSeed(findings, "\n**Location:** ", "\n- **Location:** ", "\n**Issue:** ", "\n- **Issue:** ",
                "\n**Student impact:** ", "\n- **Student impact:** ", "\n**Suggested fix:** ", "\n- **Suggested fix:** ");
    }

    @Test
    void findingFieldsQuotedUnderTheFindingHeadingAreRead() {
        Function<Lesson, Object> findings = lesson -> lesson.reviews().get(0).findings();
        readsAsTheSeed(findings, "\n**Location:** ", "\n> **Location:** ", "\n**Issue:** ", "\n> **Issue:** ",
                "\n**Student impact:** ", "\n> **Student impact:** ", "\n**Suggested fix:** ", "\n> **Suggested fix:** ");
        readsAsTheSeed(findings, "\n**Location:** ", "\n> **Location:** ");
    }

    @Test
    void fieldsRightAfterAListInsideAFieldAreFieldsNotMoreOfItsLastItem() {
        // as in the course's records: Markdown reads the **Student impact:** line as more of the item above it
        Lessons.Parsed parsed = Lessons.parse(FILE, """
                # Lesson: Test

                **Slug:** `test`

                ## Review -- 2026-02-20 (Iteration 1/1)

                ### Findings

                #### [CRITICAL] -- Math error in the worked example

                **Location:** Lines 191-228
                **Issue:** The gradient for w is wrong. With w=0, b=0:
                - dL/dw = -22.67, not -30.67
                - so w_new = 2.267, not 3.067
                **Student impact:** A student who traces it is lost.
                **Suggested fix:** Correct the gradient.
                """);
        Finding finding = parsed.lesson().reviews().get(0).findings().get(0);
        assertEquals(List.of(Optional.of("Lines 191-228"), Optional.of("The gradient for w is wrong. With w=0, b=0:"),
                Optional.of("A student who traces it is lost."), Optional.of("Correct the gradient.")),
                Stream.of(finding.location(), finding.issue(), finding.studentImpact(), finding.suggestedFix())
                        .map(field -> field.map(f -> f.text().markdown())).toList());
        assertEquals(15, finding.studentImpact().orElseThrow().text().line());
        ListBlock steps = (ListBlock) finding.issue().orElseThrow().blocks().get(0);
        assertEquals(List.of("dL/dw = -22.67, not -30.67", "so w_new = 2.267, not 3.067"), steps.items().stream()
                .map(item -> ((Paragraph) item.blocks().get(0)).text().markdown()).toList());
        assertEquals(List.of(), finding.other());
    }

    /** Each field's text and the blocks under it (a list as its items' first lines, a paragraph as its text), with their lines. */
    private static List<Object> fieldsWithBlocks(Finding finding) {
        return Stream.of(finding.location(), finding.issue(), finding.studentImpact(), finding.suggestedFix())
                .map(field -> field.map(f -> List.of(f.text().markdown(), f.text().line(), f.blocks().stream()
                        .map(block -> block instanceof ListBlock list ? list.items().stream()
                                .map(item -> ((Paragraph) item.blocks().get(0)).text().markdown() + "@" + item.line()).toList()
                                : ((Paragraph) block).text().markdown() + "@" + block.line()).toList())))
                .collect(Collectors.toList());
    }

    @Test
    void aListAndTheTextAfterItUnderAFieldAreThatFieldsAndTheFieldsRightAfterTheTextAreRead() {
        // as in the course's score-functions-and-sdes: the Student impact and Suggested fix were lost in the text
        Lessons.Parsed parsed = Lessons.parse(FILE, """
                # Lesson: Test

                **Slug:** `test`

                ## Review -- 2026-02-20 (Iteration 1/1)

                ### Findings

                #### [IMPROVEMENT] -- The score coefficient also changes

                **Location:** Section "The Probability Flow ODE"
                **Issue:** Comparing the two formulas:

                - Reverse SDE: `beta(t) * score`
                - Probability flow ODE: `1/2 beta(t) * score`

                The coefficient changed.
                **Student impact:** The student thinks they misread.
                **Suggested fix:** Add one sentence.

                ---
                """);
        Finding finding = parsed.lesson().reviews().get(0).findings().get(0);
        assertEquals(List.of(Optional.of(List.of("Section \"The Probability Flow ODE\"", 11, List.of())),
                Optional.of(List.of("Comparing the two formulas:", 12, List.of(
                        List.of("Reverse SDE: `beta(t) * score`@14", "Probability flow ODE: `1/2 beta(t) * score`@15"),
                        "The coefficient changed.@17"))),
                Optional.of(List.of("The student thinks they misread.", 18, List.of())),
                Optional.of(List.of("Add one sentence.", 19, List.of()))), fieldsWithBlocks(finding));
        assertEquals(List.of("rule"), finding.other().stream().map(Block::kind).toList());
    }

    @Test
    void findingFieldsWrittenAsListItemsWithAListUnderOneAreReadAndTheListIsThatFields() {
        String fields = """
                - **Location:** Multiple places
                - **Issue:** Spaced em dashes in two places:
                %s- Line 50: "a number — the loss"
                %s- Line 229: "the valley — where"
                - **Student impact:** Minor.
                - **Suggested fix:** Close them up.
                """;
        for (String indent : List.of("  ", "")) { // nested in the Issue's item, or written at the fields' level
            Lessons.Parsed parsed = Lessons.parse(FILE, """
                    # Lesson: Test

                    **Slug:** `test`

                    ## Review -- 2026-02-20 (Iteration 1/1)

                    ### Findings

                    #### [IMPROVEMENT] -- Em dash spacing

                    """ + fields.formatted(indent, indent));
            Finding finding = parsed.lesson().reviews().get(0).findings().get(0);
            assertEquals(List.of(Optional.of(List.of("Multiple places", 11, List.of())),
                    Optional.of(List.of("Spaced em dashes in two places:", 12, List.of(List.of(
                            "Line 50: \"a number — the loss\"@13", "Line 229: \"the valley — where\"@14")))),
                    Optional.of(List.of("Minor.", 15, List.of())),
                    Optional.of(List.of("Close them up.", 16, List.of()))), fieldsWithBlocks(finding), indent);
            assertEquals(List.of(), finding.other());
        }
    }

    @Test
    void aLineUnderABoldLabelOfNoFieldIsNoPartOfTheFieldAboveIt() {
        // as in the course's records, where a review fixed what it found at once
        Lessons.Parsed parsed = Lessons.parse(FILE, """
                # Lesson: Test

                **Slug:** `test`

                ## Review -- 2026-02-06

                ### Findings

                #### [IMPROVEMENT] — Core Insight section lacked a concrete example
                **Location:** Section 1: The Core Insight
                **Student impact:** Student understood the words but not the idea.
                **Fix applied:** Moved spam detection into the main flow.
                Now the student meets the problem first.
                **Suggested fix:** None left.
                """);
        Finding finding = parsed.lesson().reviews().get(0).findings().get(0);
        assertEquals(List.of(Optional.of("Section 1: The Core Insight"), Optional.of("Student understood the words but not the idea."),
                Optional.of("None left.")), Stream.of(finding.location(), finding.studentImpact(), finding.suggestedFix())
                        .map(field -> field.map(f -> f.text().markdown())).toList());
        Paragraph applied = (Paragraph) finding.other().get(0);
        assertEquals(List.of("**Fix applied:** Moved spam detection into the main flow.\nNow the student meets the problem first.", 12),
                List.of(applied.text().markdown(), applied.line()));
    }

    @Test
    void aFieldLabelledAgainContinuesTheFieldInTheOrderWrittenAndLosesNoText() {
        Lessons.Parsed parsed = Lessons.parse(FILE, """
                # Lesson: Test

                **Slug:** `test`

                ## Review -- 2026-02-20 (Iteration 1/1)

                ### Findings

                #### [CRITICAL] -- Two problems under one label
                **Location:** Section 2
                **Issue:** The first problem.
                **Student impact:** Confusion.
                **Problem:** The second problem,
                written on two lines.
                **Suggested fix:** Fix both.

                #### [IMPROVEMENT] -- The same label twice, each with its steps
                **Issue:** First.

                - a step

                **Issue:** Second.

                - another step
                """);
        List<Finding> findings = parsed.lesson().reviews().get(0).findings();
        assertEquals(List.of(Optional.of(List.of("Section 2", 10, List.of())),
                Optional.of(List.of("The first problem.", 11, List.of("The second problem,\nwritten on two lines.@13"))),
                Optional.of(List.of("Confusion.", 12, List.of())),
                Optional.of(List.of("Fix both.", 15, List.of()))), fieldsWithBlocks(findings.get(0)));
        assertEquals(List.of(Optional.empty(), Optional.of(List.of("First.", 18, List.of(List.of("a step@20"), "Second.@22",
                List.of("another step@24")))), Optional.empty(), Optional.empty()), fieldsWithBlocks(findings.get(1)));
        assertEquals(List.of(List.of(), List.of()), findings.stream().map(Finding::other).toList());
        assertEquals(14, ((Paragraph) findings.get(0).issue().orElseThrow().blocks().get(0)).text().column());
        assertEquals(List.of(), parsed.formatted());
    }

    @Test
    void aParagraphUnderAFieldStartingWithBoldWordsThatAreNoLabelIsThatFields() {
        Lessons.Parsed parsed = Lessons.parse(FILE, """
                # Lesson: Test

                **Slug:** `test`

                ## Review -- 2026-02-20 (Iteration 1/1)

                ### Findings

                #### [IMPROVEMENT] -- The example is abstract
                **Location:** Section 3
                **Bold words** on the next line are more of it.
                **Issue:** The example is abstract.

                **Note** that the widget shows it.

                **Bold words** in a sentence stay text.
                **Suggested fix:** Name it.

                **Fix applied:** Named it.
                """);
        Finding finding = parsed.lesson().reviews().get(0).findings().get(0);
        assertEquals(List.of(Optional.of(List.of("Section 3\n**Bold words** on the next line are more of it.", 10, List.of())),
                Optional.of(List.of("The example is abstract.", 12, List.of("**Note** that the widget shows it.@14",
                        "**Bold words** in a sentence stay text.@16"))),
                Optional.empty(), Optional.of(List.of("Name it.", 17, List.of()))), fieldsWithBlocks(finding));
        assertEquals(List.of("**Fix applied:** Named it.@19"), finding.other().stream()
                .map(block -> ((Paragraph) block).text().markdown() + "@" + block.line()).toList());
    }

    @Test
    void fieldsInAListAfterItemsThatAreNoFieldAreReadThoseItemsStayAListUnderNoFieldAndALaterLabelNotInBoldIsAStep() {
        Lessons.Parsed parsed = Lessons.parse(FILE, """
                # Lesson: Test

                **Slug:** `test`

                ## Review -- 2026-02-20 (Iteration 1/1)

                ### Findings

                #### [POLISH] -- A note first

                - Seen on a second read.
                - Also in the summary.
                - **Issue:** The caption is wrong.
                - **Suggested fix:** Correct it.

                #### [POLISH] -- Steps of a fix

                **Suggested fix:** In two steps:

                - Reword the caption.
                - Fix: the axis label too.
                """);
        Finding finding = parsed.lesson().reviews().get(0).findings().get(0);
        assertEquals(List.of(Optional.empty(), Optional.of(List.of("The caption is wrong.", 13, List.of())), Optional.empty(),
                Optional.of(List.of("Correct it.", 14, List.of()))), fieldsWithBlocks(finding));
        ListBlock notes = (ListBlock) finding.other().get(0);
        assertEquals(List.of(1, List.of("Seen on a second read.@11", "Also in the summary.@12")), List.of(finding.other().size(),
                notes.items().stream().map(item -> ((Paragraph) item.blocks().get(0)).text().markdown() + "@" + item.line()).toList()));
        assertEquals(List.of(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(List.of("In two steps:", 18,
                List.of(List.of("Reword the caption.@20", "Fix: the axis label too.@21"))))),
                fieldsWithBlocks(parsed.lesson().reviews().get(0).findings().get(1)));
    }

    @Test
    void aSummaryCountVerdictOrFindingTitleAfterANoBreakSpaceOrAFieldLabelBeforeADashIsRead() {
        readsAsTheSeed(AuthorVariantsTest::firstReview, "- Critical: 1", "- Critical:\u00a01");
        readsAsTheSeed(lesson -> lesson.reviews().get(1).verdict().map(v -> List.of(v.text(), v.kind())), "### Verdict: PASS",
                "### Verdict:\u00a0PASS");
        readsAsTheSeed(lesson -> lesson.reviews().get(0).findings(), "**Location:** ", "**Location** — ");
        readsAsTheSeed(lesson -> lesson.reviews().get(0).findings(), "#### [CRITICAL] -- ", "#### [CRITICAL]\u00a0-- ");
    }

    @Test
    void findingsNumberedBesideTheirSeverityKeepOnlyTheirTitle() {
        Function<Lesson, Object> findings = lesson -> lesson.reviews().get(0).findings();
        for (String heading : List.of("#### CRITICAL-1: ", "#### Critical #1 -- ", "#### CRITICAL 1: ", "#### C1 (critical): ",
                "#### C-1 [CRITICAL] ", "#### Issue 1 (CRITICAL): ", "**CRITICAL-1:** ")) {
            readsAsTheSeed(findings, "#### [CRITICAL] -- ", heading);
        }
    }

    // Tables

    @Test
    void tablesWithAColumnThatNumbersTheRowsAreRead() {
        Lessons.Parsed variant = Lessons.parse(FILE, numbered(seed, "| Concept | Depth | Source | Notes |"));
        Function<Lesson, Object> rows = lesson -> lesson.tables(RelevantConceptTable.class).get(0).rows();
        assertEquals(ModelDump.withoutColumns(rows.apply(canonical.lesson())), ModelDump.withoutColumns(rows.apply(variant.lesson())));
        assertEquals(diagnostics(canonical), diagnostics(variant));
    }

    /** The seed with a {@code #} column before the table that starts with {@code header}. */
    private static String numbered(String text, String header) {
        List<String> lines = text.lines().toList();
        StringBuilder out = new StringBuilder();
        int row = -2;
        for (String line : lines) {
            if (line.equals(header)) {
                row = -1;
                out.append("| # ").append(line).append('\n');
            } else if (row >= -1 && line.startsWith("|")) {
                out.append(row < 0 ? "|---" : "| " + (row + 1) + " ").append(line).append('\n');
                row++;
            } else {
                row = -2;
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    @Test
    void tablesWithColumnsNamedOtherwiseAreRead() {
        Function<Lesson, Object> tables = lesson -> lesson.phases().stream().flatMap(p -> p.parts().stream())
                .flatMap(p -> p.blocks().stream()).filter(TypedTable.class::isInstance)
                .map(b -> b.getClass().getSimpleName()).toList();
        readsAsTheSeed(tables, "| Concept | Depth | Source | Notes |", "| Concept | Depth | Taught In | Notes |",
                "| Negative Example That Disproves It |", "| Counter-Example |",
                "| Example | Type |", "| Example | Kind |",
                "| Modality | What Specifically |", "| Modality | Description |",
                "| New Concept | Connects To |", "| Concept | Connects To |");
        readsAsTheSeed(lesson -> lesson.reviews().get(1).resolutionCheck().isPresent(),
                "| Finding | Severity | Status | How Resolved |", "| Finding | Severity | Resolution | Notes |");
    }

    @Test
    void aPrerequisiteSourceColumnHeadedLessonIsRead() {
        readsAsTheSeed(Lesson::prerequisites, "| Actual Depth | Source Lesson | Status |", "| Actual Depth | Lesson | Status |");
    }

    @Test
    void aPipeEscapedInATableCellIsAPipeInTheCellsTextInCodeToo() {
        Lessons.Parsed variant = edited("The student has this at DEVELOPED depth, which exceeds the requirement. |",
                "The student has this at DEVELOPED depth (`a \\| b`, a \\| b), which exceeds the requirement. |");
        assertEquals("Need to understand that the ODE trajectory constraint transfers to latent space. The student has this "
                + "at DEVELOPED depth (`a | b`, a | b), which exceeds the requirement.",
                variant.lesson().prerequisites().get(1).reasoning().markdown());
        assertEquals(diagnostics(canonical), diagnostics(variant));
    }

    @Test
    void aTableUnderANumberedOrShorterPartHeadingIsReportedWhenItLacksItsColumnsNamingThoseItLacks() {
        for (String heading : List.of("2. Prerequisites Table", "Prerequisites")) {
            assertEquals(List.of(FILE + ":76:1: warning[malformed-table]: table under '" + heading + "' lacks its "
                    + "expected columns (Concept | Required Depth | Actual Depth | Source Lesson | Status | Reasoning): "
                    + "no Required Depth column"),
                    edited("### Prerequisites Table", "### " + heading, "| Concept | Required Depth | Actual Depth |",
                            "| Concept | Needed | Actual Depth |").formatted().stream()
                            .filter(d -> d.contains("malformed-table")).toList());
        }
    }

    @Test
    void aPrerequisiteStatusWrittenAsATickOrAWarningSignIsRead() {
        List<Optional<PrereqStatus>> statuses = edited("| consistency-models (7.3.1) | OK |", "| consistency-models (7.3.1) | ✅ |",
                "| from-pixels-to-latents (6.3.5) | GAP |", "| from-pixels-to-latents (6.3.5) | ⚠️ |").lesson().prerequisites()
                .stream().map(Prerequisite::status).toList();
        assertEquals(canonical.lesson().prerequisites().stream().map(Prerequisite::status).toList(), statuses);
    }

    // Checklists

    @Test
    void checklistItemsWithATickOrSpacesInTheBoxAreRead() {
        Function<Lesson, Object> items = lesson -> lesson.checklists().stream().flatMap(c -> c.items().stream())
                .map(i -> i.text().markdown() + " " + i.checked()).toList();
        readsAsTheSeed(items, "- [x] ", "- [✓] ");
        readsAsTheSeed(items, "- [x] ", "- [ x ] ");
    }

    @Test
    void aChecklistItemInAnotherBoxIsReportedNotDropped() {
        Lessons.Parsed parsed = edited("- [x] No multi-concept jumps", "- [-] No multi-concept jumps");
        assertEquals(List.of(FILE + ":587:3: warning[unrecognised-checklist]: '[-]' marks the item neither ticked ([x]) "
                + "nor open ([ ]); it is not verified"), parsed.formatted().stream()
                .filter(d -> d.contains("unrecognised-checklist")).toList());
        assertEquals(canonical.lesson().checklists().stream().mapToInt(c -> c.items().size()).sum() - 1,
                parsed.lesson().checklists().stream().mapToInt(c -> c.items().size()).sum());
    }

    @Test
    void checklistsNamedByABoldLineOrADeeperHeadingKeepTheirNames() {
        Function<Lesson, Object> checklists = Lesson::checklists;
        readsAsTheSeed(checklists, "### Prerequisite Audit", "**Prerequisite Audit**");
        readsAsTheSeed(checklists, "### Prerequisite Audit", "#### Prerequisite Audit", "### Pedagogical Design",
                "#### Pedagogical Design");
    }

    // Components

    @Test
    void calloutsWithADashTheirNameSpacedOrInLowerCaseCurlyQuotesOrANoBreakSpaceAreRead() {
        String header = "InsightBlock: \"Two Teachers, Two Lessons.\"";
        readsAsTheSeed(OUTLINE, header, "InsightBlock — \"Two Teachers, Two Lessons.\"");
        readsAsTheSeed(OUTLINE, header, "Insight Block: \"Two Teachers, Two Lessons.\"");
        readsAsTheSeed(OUTLINE, header, "insightblock: \"Two Teachers, Two Lessons.\"");
        readsAsTheSeed(OUTLINE, header, "InsightBlock:\u00a0\"Two Teachers, Two Lessons.\"");
        Callout curly = (Callout) block(edited(header, "InsightBlock: “Two Teachers, Two Lessons.”").lesson(), 354);
        assertEquals("Two Teachers, Two Lessons", curly.title().orElseThrow().markdown());
    }

    @Test
    void aCalloutTitleInGermanOrFrenchQuotesIsRead() {
        readsAsTheSeed(OUTLINE, "InsightBlock: \"Two Teachers, Two Lessons.\"", "InsightBlock: „Two Teachers, Two Lessons.“");
        readsAsTheSeed(OUTLINE, "InsightBlock: \"Two Teachers, Two Lessons.\"", "InsightBlock «Two Teachers, Two Lessons.»");
    }

    @Test
    void aCardGridNamedWithoutItsColonOrAComparisonRowNamedAfterADashIsRead() {
        readsAsTheSeed(OUTLINE, "GradientCard grid:", "GradientCard grid");
        readsAsTheSeed(OUTLINE, "GradientCard grid:", "GradientCard grid —");
        readsAsTheSeed(OUTLINE, "ComparisonRow: Style LoRA vs LCM-LoRA", "ComparisonRow — Style LoRA vs LCM-LoRA");
    }

    @Test
    void aCardWithADashAfterItsColourIsRead() {
        readsAsTheSeed(OUTLINE, "GradientCard (violet): Level 3a",
                "GradientCard (violet) -- Level 3a");
    }

    @Test
    void aCardColourWrittenAsAKeyOrATitleInCurlyQuotesIsRead() {
        readsAsTheSeed(OUTLINE, "GradientCard (violet):", "GradientCard (colour: violet):");
        readsAsTheSeed(OUTLINE, "GradientCard (violet): Level 3a -- \"Consistency-Based "
                + "Trajectory Collapse\"", "GradientCard (violet): Level 3a -- “Consistency-Based Trajectory Collapse”");
    }

    @Test
    void aCalloutTitleInBoldOrAQuotedTitleWithoutAColonIsRead() {
        readsAsTheSeed(OUTLINE, "InsightBlock: \"Two Teachers, Two Lessons.\"", "InsightBlock: **Two Teachers, Two Lessons.**");
        readsAsTheSeed(OUTLINE, "InsightBlock: \"Two Teachers, Two Lessons.\"", "InsightBlock \"Two Teachers, Two Lessons.\"");
    }

    @Test
    void gridCardsWithItalicTitlesOrTheirColourFirstAreRead() {
        String item = "1. **Standard SD v1.5 at 50 steps** (blue) --";
        for (String variant : List.of("1. *Standard SD v1.5 at 50 steps* (blue) --", "1. (blue) **Standard SD v1.5 at 50 steps** --")) {
            CardGrid grid = (CardGrid) block(edited(item, variant).lesson(), 218);
            assertEquals(ModelDump.withoutColumns(((CardGrid) block(canonical.lesson(), 218)).cards().get(0)),
                    ModelDump.withoutColumns(grid.cards().get(0)), variant);
        }
    }

    @Test
    void aMathFenceIsDisplayMath() {
        Block math = block(edited("L_ADD = L_diffusion + lambda * L_adversarial\n",
                "```math\nL_{ADD} = L_{diffusion} + \\lambda L_{adversarial}\n```\n").lesson(), 348);
        assertEquals(new MathBlock(348, "L_{ADD} = L_{diffusion} + \\lambda L_{adversarial}",
                "L_{ADD} = L_{diffusion} + \\lambda L_{adversarial}", MathBlock.Origin.TEX, 349, 1), math);
    }

    @Test
    void noBreakSpacesAroundATableCellsTextAreTrimmedAsSpacesAre() {
        // the status, the lesson referenced and the depth read as the seed's, with no unknown-status or -depth
        readsAsTheSeed(Lesson::prerequisites, "| INTRODUCED | MENTIONED | from-pixels-to-latents (6.3.5) | GAP |",
                "|\u00a0INTRODUCED\u00a0|\u00a0MENTIONED | from-pixels-to-latents (6.3.5)\u00a0|\u00a0GAP\u00a0|");
    }

    @Test
    void aGithubAlertIsTheCalloutItStandsFor() {
        String warning = "WarningBlock: \"The Discriminator Is a Training-Time Teacher.\" At inference";
        Callout alert = (Callout) block(edited(warning, "> [!WARNING]\n> **The Discriminator Is a Training-Time Teacher.** "
                + "At inference").lesson(), 358);
        Callout seedCallout = (Callout) block(canonical.lesson(), 358);
        assertEquals(seedCallout.type(), alert.type());
        assertEquals(seedCallout.title().map(Inline::markdown), alert.title().map(Inline::markdown));
        assertEquals(((Paragraph) seedCallout.body().get(0)).text().markdown(),
                ((Paragraph) alert.body().get(0)).text().markdown());
        // the title and text are on the line under the alert's marker, past the quote's '> ' and the bold's '**'
        assertEquals(List.of(359, 5), List.of(alert.title().orElseThrow().line(), alert.title().orElseThrow().column()));
        Callout note = (Callout) block(edited(warning, "> [!NOTE]\n> At inference").lesson(), 358);
        assertEquals(CalloutType.CONCEPT, note.type());
    }

    @Test
    void aDirectiveWithItsTitleAfterTheNameReadsAsWithATitleAttribute() {
        List<Block> attribute = Lessons.parse("d.md", Lessons.lesson(":::insight{title=\"Two Teachers\"}\nBoth.\n:::\n"))
                .lesson().outline().orElseThrow().blocks();
        for (String opening : List.of(":::insight Two Teachers", ":::insight[Two Teachers]")) {
            Lessons.Parsed parsed = Lessons.parse("d.md", Lessons.lesson(opening + "\nBoth.\n:::\n"));
            assertEquals(ModelDump.withoutColumns(attribute), ModelDump.withoutColumns(parsed.lesson().outline().orElseThrow().blocks()), opening);
            assertEquals(List.of(), parsed.formatted(), opening);
        }
    }

    @Test
    void aTitleAfterTheNameOfADirectiveThatTakesNoneIsReported() {
        assertEquals(List.of("d.md:9:15: warning[malformed-directive]: ':::card-grid' takes no title; 'Levels' is not shown"),
                Lessons.parse("d.md", Lessons.lesson("::::card-grid Levels\n:::gradient-card{title=A}\nx\n:::\n::::\n"))
                        .formatted());
    }

    @Test
    void aComponentWrittenAsTheLessonsJsxIsReported() {
        assertEquals(List.of(FILE + ":389:1: warning[unrecognised-component]: '<GradientCard' is the component in the "
                + "lesson's code, which Lectern does not read (write 'GradientCard (colour): title', or 'GradientCard grid:' "
                + "then a list); it is shown as HTML"), edited("GradientCard (violet): Level 3a -- \"Consistency-Based Trajectory "
                + "Collapse\"", "<GradientCard color=\"violet\" title=\"Level 3a\">").formatted().stream()
                .filter(d -> d.contains("unrecognised-component")).toList());
    }

    @Test
    void aCardWrittenInBoldAsOneListItemAmongOthersIsTheCardWithItsText() {
        List<Block> blocks = Lessons.parse("l.md", Lessons.lesson("- Open with the hook.\n"
                + "- **GradientCard (violet): Level 3a** -- Consistency-based teleport.\n- Close with a question.\n"))
                .lesson().outline().orElseThrow().blocks();
        assertEquals(List.of("ListBlock", "GradientCard", "ListBlock"),
                blocks.stream().map(b -> b.getClass().getSimpleName()).toList());
        GradientCard card = (GradientCard) blocks.get(1);
        assertEquals(List.of("Level 3a", "violet", "Consistency-based teleport."), List.of(card.title().orElseThrow()
                .markdown(), card.color(), ((Paragraph) card.body().get(0)).text().markdown()));
    }

    @Test
    void aComparisonRowNamedAloneInBoldAboveATableReadsTheTable() {
        readsAsTheSeed(OUTLINE, "ComparisonRow: Style LoRA vs LCM-LoRA\n",
                "**ComparisonRow**\n");
        assertEquals(List.of(FILE + ":281:3: warning[unrecognised-component]: 'ComparisonRow' reads like the start of a "
                + "ComparisonRow but is not one Lectern reads ('ComparisonRow: Left vs Right' or 'ComparisonRow:', then a "
                + "table on the next line); it is shown as text"), edited("ComparisonRow: Style LoRA vs LCM-LoRA\n\n|",
                "**ComparisonRow**\n\nThe table:\n\n|").formatted().stream()
                .filter(d -> d.contains("unrecognised-component")).toList());
    }

    @Test
    void aLatexDisplayFormulaAloneInItsParagraphIsDisplayMath() {
        String equation = "L_ADD = L_diffusion + lambda * L_adversarial\n";
        String tex = "L_{ADD} = L_{diffusion} + \\lambda L_{adversarial}";
        Block dollars = block(edited(equation, "$$\n" + tex + "\n$$\n").lesson(), 348);
        assertEquals(new MathBlock(348, tex, tex, MathBlock.Origin.TEX, 349, 1), dollars);
        for (String latex : List.of("\\[\n" + tex + "\n\\]\n", "\\[ " + tex + " \\]\n", "\\[" + tex + "\n\\]\n")) {
            Lessons.Parsed parsed = edited(equation, latex);
            assertEquals(withoutTexPosition(dollars), withoutTexPosition(block(parsed.lesson(), 348)), latex);
            assertEquals(diagnostics(edited(equation, latex.replace("\\[", "$$").replace("\\]", "$$"))), diagnostics(parsed),
                    latex);
        }
    }

    /** A formula block without where its TeX starts, which differs between a one-line and a fenced form. */
    private static Block withoutTexPosition(Block block) {
        return block instanceof MathBlock m ? new MathBlock(m.line(), m.tex(), m.source(), m.origin(), 0, 0) : block;
    }

    @Test
    void anEscapedBracketNoLineClosesStaysTextAndALatexFormulaLeftOpenIsReported() {
        Lessons.Parsed escaped = Lessons.parse("l.md", Lessons.lesson("\\[citation needed] and \\[x\\] stay text.\n"));
        assertEquals(List.of(new Paragraph(new Inline("\\[citation needed] and \\[x\\] stay text.", 9, 1, 1))),
                escaped.lesson().outline().orElseThrow().blocks());
        assertEquals(List.of("l.md:9:1: warning[unclosed-math]: display math '\\[' has no closing '\\]' before the next "
                + "blank line; the formula is read up to there and the text after it as text"),
                Lessons.parse("l.md", Lessons.lesson("\\[\nx^2\n\nAfter.\n")).formatted());
    }

    @Test
    void latexInlineMathAroundTexIsReportedAndEscapedParenthesesAreNot() {
        assertEquals(List.of("l.md:9:10: warning[unread-math]: '\\(\\lambda\\)' is LaTeX's inline math, which Lectern "
                + "does not read: write it $\\lambda$ (it is shown as text)"),
                Lessons.parse("l.md", Lessons.lesson("Weighted \\(\\lambda\\) by \\(x_{t}\\).\n")).formatted());
        assertEquals(List.of("l.md:11:3: warning[unread-math]: '\\( x_{t} \\)' is LaTeX's inline math, which Lectern "
                + "does not read: write it $x_{t}$ (it is shown as text)"), Lessons.parse("l.md",
                Lessons.lesson("| Term | Meaning |\n|---|---|\n| \\( x_{t} \\) | the noisy sample |\n")).formatted());
        assertEquals(List.of(), Lessons.parse("l.md", Lessons.lesson("A note \\(in escaped parentheses\\).\n")).formatted());
    }

    @Test
    void mkdocsAdmonitionsAreTheCalloutsTheirTypesName() {
        Lessons.Parsed directives = Lessons.parse("l.md", Lessons.lesson(":::tip Try this\nRun it.\n\nThen again.\n:::\n\n"
                + ":::warning\nCollapsed.\n:::\n\n:::concept Side note\nAside.\n:::\n"));
        Lessons.Parsed admonitions = Lessons.parse("l.md", Lessons.lesson("!!! tip \"Try this\"\n    Run it.\n\n"
                + "    Then again.\n\n??? warning\n    Collapsed.\n\n???+ note inline end \"Side note\"\n\tAside.\n"));
        assertEquals(callouts(directives.lesson()), callouts(admonitions.lesson()));
        assertEquals(List.of(), admonitions.formatted());
    }

    /** The outline's callouts, by type, title and the text of their paragraphs. */
    private static List<String> callouts(Lesson lesson) {
        return lesson.outline().orElseThrow().blocks().stream().map(Callout.class::cast).map(c -> c.type() + " "
                + c.title().map(Inline::markdown) + " " + c.body().stream().map(p -> ((Paragraph) p).text().markdown()).toList())
                .toList();
    }

    @Test
    void anAdmonitionOfNoCalloutTypeOrWithoutAnIndentedBodyIsReportedAndAnExclaimedParagraphStaysText() {
        Lessons.Parsed parsed = Lessons.parse("l.md", Lessons.lesson("!!! example \"Worked\"\n    Step one.\n\n"
                + "!!! tip\nNot indented.\n\n!!! This matters a lot.\n"));
        assertEquals(List.of("l.md:9:5: warning[unknown-component]: unknown component '!!! example'; its content is shown "
                + "as a quote", "l.md:12:1: warning[malformed-directive]: '!!! tip' has no body indented under it (by four "
                + "spaces); the text after it is not part of it"), parsed.formatted());
        List<Block> blocks = parsed.lesson().outline().orElseThrow().blocks();
        assertEquals(List.of("**Worked**", "Step one."), ((Quote) blocks.get(0)).blocks().stream()
                .map(b -> ((Paragraph) b).text().markdown()).toList());
        assertEquals(List.of("Not indented.", "!!! This matters a lot."), blocks.subList(2, 4).stream()
                .map(b -> ((Paragraph) b).text().markdown()).toList());
    }

    /** The outline block that starts at {@code line}. */
    private static Block block(Lesson lesson, int line) {
        return lesson.outline().orElseThrow().blocks().stream().filter(b -> b.line() == line).findFirst().orElseThrow();
    }
}
