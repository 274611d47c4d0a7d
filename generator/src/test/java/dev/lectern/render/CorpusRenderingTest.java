package dev.lectern.render;

import dev.lectern.testing.SiteRenderers;
import dev.lectern.testing.RenderedFiles;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.math.MathRenderer;
import dev.lectern.model.CourseContent;
import dev.lectern.model.Diagnostic;
import dev.lectern.model.DiagnosticCollector;
import dev.lectern.model.Lesson;
import dev.lectern.testing.EditedContent;
import dev.lectern.testing.Repo;
import dev.lectern.testing.SharedKatex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The shared course corpus (skipped when absent): every lesson gets its pages, with real KaTeX. */
@ExtendWith(SharedKatex.class)
class CorpusRenderingTest {

    @Test
    void rendersEveryLessonOfTheCorpus(MathRenderer math) throws IOException {
        Path corpus = Repo.corpus();
        CourseContent content = EditedContent.load(corpus);
        RenderedSite site = RenderedSite.of(content, math);
        RenderedSite.dump(site.files);

        assertEquals(18, content.lessons().size());
        for (Lesson lesson : content.lessons()) {
            Document page = site.page("lessons/" + lesson.slug() + "/index.html");
            assertEquals(lesson.displayTitle(), page.selectFirst("h1").text(), lesson.file());
            site.page("lessons/" + lesson.slug() + "/spec.html");
            site.page("lessons/" + lesson.slug() + "/review.html");
            site.text("lessons/" + lesson.slug() + "/lesson.json");
        }
        // the two drafts (never passed review) keep their pages but are not listed to students
        assertEquals(16, site.page("lessons/index.html").select("li.lesson-entry.present").size());
        assertEquals(List.of(), site.page("lessons/index.html")
                .select("a[href=the-speed-landscape/index.html], a[href=what-is-learning/index.html]"));
        assertEquals(List.of(), site.diagnostics.stream().map(Diagnostic::format).toList());
    }

    /**
     * The corpus's two written drafts (what-is-learning: NEEDS REVISION → REVISED; the-speed-landscape: NEEDS
     * REVISION) were listed to students as "planned" under their plan's line, as if not written; they are listed
     * by their titles as in preparation, still without a link, and the course page counts them so.
     */
    @Test
    void theCorpusDraftsAreListedToStudentsAsInPreparationByTheirTitlesNotAsPlanned() {
        RenderedSite site = RenderedSite.of(EditedContent.load(Repo.corpus()));

        Document index = site.page("lessons/index.html");
        assertEquals("16 lessons published, 2 in preparation", index.selectFirst(".page-kind").text());
        assertEquals(List.of("What is Learning? in preparation Function approximation, generalization",
                "The Speed Landscape (7.3.3) in preparation Taxonomy of all acceleration approaches; "
                        + "quality-speed-flexibility tradeoffs"), index.select("li.lesson-entry.draft").eachText());
        assertEquals(List.of(), index.select("li.lesson-entry.planned, li.lesson-entry.draft a"));
        assertEquals(List.of("What is Learning? in preparation Function approximation, generalization"),
                site.page("lessons/modules/1-1.html").select("li.lesson-entry.draft").eachText());
        assertEquals(List.of("Consistency Models", "Latent Consistency & Turbo", "The Speed Landscape (7.3.3) in preparation"),
                site.page("lessons/consistency-models/index.html").select("aside.module-lessons li").eachText());
    }

    /**
     * ip-adapter's three '**A vs B (ComparisonRow):**' comparisons showed their sides' names alone: the bold title
     * the spec gives each is shown above its two sides now, and searched with them.
     */
    @Test
    void theCorpusComparisonsTitledInBoldShowTheirTitlesAboveTheirSides() {
        CourseContent content = EditedContent.load(Repo.corpus());
        RenderedSite site = RenderedSite.of(content);

        Document page = site.page("lessons/ip-adapter/index.html");
        assertEquals(List.of("IP-Adapter vs LoRA", "IP-Adapter vs Textual Inversion", "IP-Adapter vs ControlNet"),
                page.select("[data-component=ComparisonRow] > p.comparison-title:first-child").eachText());
        assertEquals(List.of("LoRA", "IP-Adapter", "Textual inversion", "IP-Adapter", "ControlNet", "IP-Adapter"),
                page.select("[data-component=ComparisonRow] > section > .card-title").eachText());
        // no other lesson of the corpus titles a comparison
        assertEquals(List.of(), content.lessons().stream().filter(l -> !l.slug().equals("ip-adapter"))
                .flatMap(l -> site.page("lessons/" + l.slug() + "/index.html").select(".comparison-title").eachText().stream())
                .toList());
        Lesson ipAdapter = content.lessons().stream().filter(l -> l.slug().equals("ip-adapter")).findFirst().orElseThrow();
        String searched = new String(SearchIndex.of(new PublishedLesson(ipAdapter, "ip-adapter"), "").sections().content(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(true, searched.contains("IP-Adapter vs Textual Inversion"), searched);
    }

    /**
     * The corpus's prose writes an em dash as "--" (the writing style rule its reviews cite: "word--word or word—word")
     * and an arrow as "->": students read them typeset, in the outline, its headings and contents, tables and search;
     * code shows them as written, and so do the authors' pages.
     */
    @Test
    void theCorpusProseDashesAndArrowsAreTypesetForStudentsAndNowhereElse() {
        CourseContent content = EditedContent.load(Repo.corpus());
        RenderedSite site = RenderedSite.of(content);

        Document dit = site.page("lessons/diffusion-transformers/index.html");
        String text = dit.selectFirst("article.lesson").text();
        assertEquals(true, text.contains("DiT is not a new architecture\u2014it is your transformer"), text);
        assertEquals(true, text.contains("Multi-resolution (64x64 \u2192 32x32 \u2192 16x16 \u2192 8x8 \u2192 back up)"), text);
        assertEquals(true, dit.select("pre code").text().contains("[256, 16] -> [256, 4, 2, 2] -> rearrange"));
        assertEquals(List.of(), dit.select("pre code:containsOwn(\u2192), code:containsOwn(\u2014)"));
        assertEquals(List.of("4. Explain: S3-DiT\u2014The Single-Stream Architecture"),
                site.page("lessons/z-image/index.html").select("nav.toc a:contains(S3-DiT)").eachText());
        assertEquals(true, site.page("lessons/diffusion-transformers/spec.html").text()
                .contains("DiT is not a new architecture -- it is your transformer"));
        // what is left in students' prose is code: no "--" or "->" outside it on any student page
        for (Lesson lesson : content.lessons()) {
            Document page = site.page("lessons/" + lesson.slug() + "/index.html");
            page.select("pre, code, .katex, script").remove();
            String prose = page.body().text();
            assertEquals(List.of(), java.util.regex.Pattern.compile(".{0,30}(?<![-<!])(?:--|->)(?![->]).{0,30}")
                    .matcher(prose).results().map(java.util.regex.MatchResult::group).toList(), lesson.slug());
        }
        Lesson ditLesson = content.lessons().stream().filter(l -> l.slug().equals("diffusion-transformers")).findFirst()
                .orElseThrow();
        String searched = new String(SearchIndex.of(new PublishedLesson(ditLesson, "diffusion-transformers"), "").sections()
                .content(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(true, searched.contains("DiT is not a new architecture\u2014it is your transformer"), searched);
    }

    /**
     * The corpus's outlines write directions to their authors among the lesson's words: 23 recap items with
     * "2-3 sentences." before the words to say, 54 labels such as "Address Misconception #1:" or "Transition:" before a
     * quotation, 8 hooks' "Type: ..." paragraphs. Students read the words alone (the hook types of ip-adapter and
     * the-speed-landscape share their paragraph with the hook's description, and stay); the specs and reviews keep
     * every line as written.
     */
    @Test
    void theCorpusStudentPagesLeaveOutTheAuthorsDirectionsAndItsSpecsKeepThem() {
        CourseContent content = EditedContent.load(Repo.corpus());
        RenderedSite site = RenderedSite.of(content);
        String probabilityFlow = "Probability flow ODE (from 7.2.1): Generation follows a deterministic trajectory from noise "
                + "to data. The probability flow ODE defines this trajectory using the score function. DDIM was approximately "
                + "solving this ODE.";

        Document flowMatching = site.page("lessons/flow-matching/index.html");
        assertEquals(probabilityFlow, flowMatching.selectFirst("h2#2-recap ~ ul > li").text());
        assertEquals("You know Euler's method from the sampler lesson.", flowMatching.selectFirst(
                "p:contains(method from the sampler lesson)").text().substring(0, 48));
        assertEquals(true, site.text("lessons/flow-matching/search-sections.js").contains(probabilityFlow));
        assertEquals(true, site.page("lessons/flow-matching/spec.html").text().contains("Probability flow ODE (from 7.2.1): "
                + "2-3 sentences. \"Generation follows"));
        Pattern direction = Pattern.compile("^(?:\\d+-\\d+ sentences|Address Misconception|Transition|Connect to|Echo the"
                + "|Brief callback|Callback to|Bridge to|Capstone tone|Present the|Challenge the student|Problem-before-solution)"
                + "[^:\"]*: \"|\\d+-\\d+ sentences?\\.? ?\"", Pattern.CASE_INSENSITIVE);
        List<String> hookTypes = new java.util.ArrayList<>();
        List<String> specHookTypes = new java.util.ArrayList<>();
        int specDirections = 0;
        for (Lesson lesson : content.lessons()) {
            Document page = site.page("lessons/" + lesson.slug() + "/index.html");
            assertEquals(List.of(), page.select("article.lesson p, article.lesson li").eachText().stream()
                    .filter(t -> direction.matcher(t).find()).toList(), lesson.slug());
            page.select("article.lesson p:matches(^Type: )").forEach(p -> hookTypes.add(lesson.slug()));
            Document spec = site.page("lessons/" + lesson.slug() + "/spec.html");
            spec.select("p:matches(^Type: )").forEach(p -> specHookTypes.add(lesson.slug()));
            specDirections += (int) spec.select("p, li").eachText().stream().filter(t -> direction.matcher(t).find()).count();
        }
        assertEquals(List.of("ip-adapter", "the-speed-landscape"), hookTypes);
        assertEquals(10, specHookTypes.size(), specHookTypes.toString());
        assertEquals(23 + 54, specDirections);
        assertEquals(true, site.page("lessons/sdxl/review.html").text().contains("Add 2-3 sentences with the concrete numbers "
                + "from the plan: \"At 1024x1024, the VAE produces"));
    }

    @Test
    void aLessonsNumberInTheTextLinksToThatLessonWhenStudentsAreShownIt(MathRenderer math) {
        RenderedSite site = RenderedSite.of(EditedContent.load(Repo.corpus()), math);
        // "The next lesson (7.3.2)", "Probability flow ODE (from 7.2.1)", "(from 6.4.2 and 7.2.2)": 6.4 is not in the corpus
        assertEquals(List.of("7.3.2 ../latent-consistency-and-turbo/ Latent Consistency & Turbo",
                        "7.2.1 ../score-functions-and-sdes/ Score Functions & SDEs", "7.2.2 ../flow-matching/ Flow Matching"),
                numberLinks(site.page("lessons/consistency-models/index.html")));
        // "The speed landscape from 7.3.3": a draft, which students are not shown
        Document sdxl = site.page("lessons/sdxl/index.html");
        assertEquals(true, sdxl.text().contains("The speed landscape from 7.3.3 applies"));
        assertEquals(List.of(), numberLinks(sdxl).stream().filter(link -> link.startsWith("7.3.3")).toList());
        // the authors' spec names its sources by slug and number in every planning table: those stay text
        assertEquals(List.of(), numberLinks(site.page("lessons/consistency-models/spec.html")));
    }

    private static List<String> numberLinks(Document page) {
        return page.select("main a[title]").stream().filter(a -> a.text().matches("\\d+\\.\\d+\\.\\d+"))
                .map(a -> a.text() + " " + a.attr("href") + " " + a.attr("title")).toList();
    }

    @Test
    void rendersTheSameBytesOnOneThreadAndOnFour(MathRenderer math) {
        CourseContent content = EditedContent.load(Repo.corpus());
        List<RenderedFile> sequential = RenderedFiles.of(SiteRenderers.oneOff(math), content, new DiagnosticCollector());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<RenderedFile> parallel = RenderedFiles.of(new SiteRenderer(math, pool, RenderCache.none(),
                    new dev.lectern.validate.ChecklistClaims()), content, new DiagnosticCollector());
            assertEquals(sequential.stream().map(RenderedFile::path).toList(),
                    parallel.stream().map(RenderedFile::path).toList());
            for (int i = 0; i < sequential.size(); i++) {
                assertEquals(true, java.util.Arrays.equals(sequential.get(i).content(), parallel.get(i).content()),
                        sequential.get(i).path());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
