package dev.lectern.validate;

import dev.lectern.testing.EditedContent;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.model.CourseContent;
import dev.lectern.testing.Repo;
import dev.lectern.model.Rule;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The structure rules of the standard checks over the repository's content and the shared corpus, as they stand. */
class StructureRulesTest {

    /** The rules of lesson structure and the prerequisite audit. */
    private static final Set<Rule> STRUCTURE = EnumSet.of(Rule.PREREQ_UNKNOWN_LESSON, Rule.LESSON_NOT_WRITTEN,
            Rule.MISSING_METADATA, Rule.SLUG_MISMATCH, Rule.DUPLICATE_SLUG, Rule.POSITION_MISMATCH,
            Rule.PREREQ_STATUS_MISMATCH, Rule.GAP_WITHOUT_RESOLUTION, Rule.PREREQ_UNTRACED,
            Rule.COGNITIVE_LOAD_EXCEEDED, Rule.STRETCH_AFTER_STRETCH);

    private static String rule(String formatted) {
        return formatted.substring(formatted.indexOf('[') + 1, formatted.indexOf(']'));
    }

    private static List<String> ofRule(List<String> diagnostics, String rule) {
        return diagnostics.stream().filter(d -> rule(d).equals(rule)).toList();
    }

    @Test
    void theSeedContentRaisesOnlyItsReferenceToALessonPlannedButNotWritten() {
        List<String> diagnostics = CheckRuns.formatted(STRUCTURE, EditedContent.load(Repo.content()));
        assertEquals(List.of("lesson-not-written"),
                diagnostics.stream().map(StructureRulesTest::rule).distinct().sorted().toList());
    }

    @Test
    void theCorpusRaisesTheseCountsPerRule() {
        CourseContent corpus = EditedContent.load(Repo.corpus());
        List<String> diagnostics = CheckRuns.formatted(STRUCTURE, corpus);
        Map<String, Long> counts = diagnostics.stream()
                .collect(Collectors.groupingBy(StructureRulesTest::rule, TreeMap::new, Collectors.counting()));
        System.out.println("structure rules over the corpus: " + counts);
        assertEquals(Map.of("cognitive-load-exceeded", 1L, "position-mismatch", 12L, "prereq-status-mismatch", 3L,
                "prereq-untraced", 3L, "stretch-after-stretch", 1L), counts);
    }

    @Test
    void theCorpusDiagnosticsCheckedByHandAreExactlyThese() {
        List<String> diagnostics = CheckRuns.formatted(STRUCTURE, EditedContent.load(Repo.corpus()));
        assertEquals(List.of("series-1/module-1-1/lessons/what-is-learning.md:72:21: warning[cognitive-load-exceeded]: "
                + "4 new concepts stated ('New concepts: 4 (function approximation, generalization/memorization, "
                + "bias-va...'); a lesson should bring at most 3; the lesson notes it (line 73: 'Assessment: This is "
                + "borderline — 4 concepts is above the recommended 2-3. However, as the opening lesson, these concepts "
                + "are relatively intuitive and don't require mathematical depth. ...')"),
                ofRule(diagnostics, "cognitive-load-exceeded"));
        assertEquals(List.of("series-1/module-1-1/plan.md:20:50: warning[stretch-after-stretch]: 'gradient-descent' is "
                + "STRETCH right after 'loss-functions', also STRETCH, in module 1.1; put a BUILD or CONSOLIDATE "
                + "lesson between them; the plan notes it (series-1/module-1-1/plan.md:37: 'Note: lessons 3-4 are "
                + "back-to-back STRETCH. Acceptable because lesson 3 (loss) is about measurement (passive) while lesson "
                + "4 (gradient descent) is about action (doing something with the measurement). ...')"),
                ofRule(diagnostics, "stretch-after-stretch"));
        String ofThree = ": warning[position-mismatch]: the position says of 3, but module 7.4's plan "
                + "(series-7/module-7-4/plan.md) lists 4 lessons";
        // series-7/plan.md numbers z-image lesson 12 of the series; nine lessons still say of 11
        String ofEleven = ": warning[position-mismatch]: the position says of 11 in series, but the series plan numbers "
                + "'z-image' lesson 12 (series-7/plan.md:51)";
        assertEquals(List.of("series-7/module-7-1/lessons/controlnet-in-practice.md:4:15" + ofEleven,
                "series-7/module-7-1/lessons/controlnet.md:4:15" + ofEleven,
                "series-7/module-7-2/lessons/flow-matching.md:4:96" + ofEleven,
                "series-7/module-7-2/lessons/score-functions-and-sdes.md:4:96" + ofEleven,
                "series-7/module-7-3/lessons/consistency-models.md:4:84" + ofEleven,
                "series-7/module-7-3/lessons/latent-consistency-and-turbo.md:4:84" + ofEleven,
                "series-7/module-7-4/lessons/diffusion-transformers.md:4:98" + ofEleven,
                "series-7/module-7-4/lessons/diffusion-transformers.md:4:98" + ofThree,
                "series-7/module-7-4/lessons/sd3-and-flux.md:4:98" + ofEleven,
                "series-7/module-7-4/lessons/sd3-and-flux.md:4:98" + ofThree,
                "series-7/module-7-4/lessons/sdxl.md:4:98" + ofEleven,
                "series-7/module-7-4/lessons/sdxl.md:4:98" + ofThree), ofRule(diagnostics, "position-mismatch"));
        assertEquals(List.of("series-7/module-7-3/lessons/consistency-models.md:81:85: warning[prereq-status-mismatch]: "
                        + "'Knowledge distillation pattern' is OK at the required MENTIONED, but the gap resolution table "
                        + "(line 87) needs INTRODUCED, above its actual MENTIONED: is the Required Depth too low, and the "
                        + "row a GAP?",
                "series-7/module-7-4/lessons/diffusion-transformers.md:87:100: "
                        + "warning[prereq-status-mismatch]: 'Vision Transformer / ViT' is GAP, but its actual depth "
                        + "MENTIONED already meets the required MENTIONED; the gap resolution table (line 94) needs "
                        + "DEVELOPED: is the Required Depth too low?",
                "series-7/module-7-4/lessons/sd3-and-flux.md:95:99: warning[prereq-status-mismatch]: 'T5 as "
                        + "encoder-decoder transformer' is GAP, but its actual depth MENTIONED already meets the "
                        + "required MENTIONED; the gap resolution table (line 103) needs INTRODUCED: is the Required "
                        + "Depth too low?"), ofRule(diagnostics, "prereq-status-mismatch"));
        String record11 = "is not in module 1.1's record for ";
        assertEquals(List.of("series-1/module-1-1/lessons/learning-rate.md:40:53: warning[prereq-untraced]: 'Learning "
                        + "rate concept' at INTRODUCED " + record11 + "gradient-descent; none of its rows shares a word "
                        + "with it; the record's summary of gradient-descent mentions it "
                        + "(series-1/module-1-1/record.md:50: 'Learning rate preview (too big/small).')",
                "series-1/module-1-1/lessons/learning-rate.md:41:64: warning[prereq-untraced]: 'Loss surface shape' at "
                        + "INTRODUCED " + record11 + "loss-functions; closest: 'Loss landscape' INTRODUCED "
                        + "(series-1/module-1-1/record.md:21)",
                "series-1/module-1-1/lessons/loss-functions.md:38:59: warning[prereq-untraced]: '\"Fitting needs "
                        + "measurement\"' at INTRODUCED " + record11 + "linear-regression; closest: 'Fitting = finding "
                        + "good parameters' INTRODUCED (series-1/module-1-1/record.md:16)"),
                ofRule(diagnostics, "prereq-untraced"));
        assertEquals(List.of(), ofRule(diagnostics, "lesson-not-written"));
    }
}
