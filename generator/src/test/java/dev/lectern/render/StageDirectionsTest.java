package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lectern.model.Block;
import dev.lectern.model.Heading;
import dev.lectern.model.Inline;
import dev.lectern.model.Paragraph;
import dev.lectern.testing.EditedContent;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which parts of an outline's lines students read, as the corpus writes its directions. */
class StageDirectionsTest {

    private static List<String> spoken(String markdown) {
        return StageDirections.spoken(new Inline(markdown, 7, 3, 3)).stream().map(Inline::markdown).toList();
    }

    @Test
    void aSentenceCountAfterALabelGoesAndTheStudentReadsTheLabelAndTheQuotationWithoutItsMarks() {
        assertEquals(List.of("**Probability flow ODE** (from 7.2.1):", "Generation follows a deterministic trajectory."),
                spoken("**Probability flow ODE** (from 7.2.1): 2-3 sentences. \"Generation follows a deterministic trajectory.\""));
        assertEquals(List.of("**Img2img** (from 6.5.2):", "Take an image."), spoken("**Img2img** (from 6.5.2): 1-2 sentences. \"Take an image.\""));
        assertEquals(List.of("**LoRA**:", "A bypass."), spoken("**LoRA**: 3-4 sentences \"A bypass.\""));
        assertEquals(List.of("**LoRA**:", "A bypass."), spoken("**LoRA**: 2-3 sentence. “A bypass.”"));
        assertEquals(List.of("**Cross-attention K/V mechanism:**", "Q from spatial features."),
                spoken("**Cross-attention K/V mechanism:** 2-3 sentences. \"Q from spatial features.\""));
    }

    /** ip-adapter's recap: the count goes; the rest is not one quotation, so it keeps its marks and its note. */
    @Test
    void aSentenceCountBeforeAQuotationWithMoreAfterItGoesAndTheRestStaysAsWritten() {
        assertEquals(List.of("**Cross-attention K/V mechanism:**", "\"This is the WHAT channel.\" Callback to 6.3.4."),
                spoken("**Cross-attention K/V mechanism:** 2-3 sentences. \"This is the WHAT channel.\" Callback to 6.3.4."));
    }

    @Test
    void eachPartKeepsItsPlaceInTheSource() {
        List<Inline> parts = StageDirections.spoken(new Inline("**LoRA** (from 6.5.1): 2-3 sentences. \"Wx + BAx.\"", 7, 3, 3));
        assertEquals(List.of(3, 42), parts.stream().map(Inline::column).toList());
        assertEquals(List.of(7, 7), parts.stream().map(Inline::line).toList());
    }

    @Test
    void aDirectionBeforeAWholeQuotationLeavesTheQuotationWithoutItsMarks() {
        for (String direction : List.of("Address Misconception #1", "Address Misconception #4 here", "Transition",
                "Connect to Euler's method", "Connect to alpha-bar", "Connect to zero convolution (ControlNet, 7.1.1)",
                "Brief callback to 6.3.3", "Callback to the 6.3.4 mental model", "Bridge to Module 7.4 (Next-Generation Architectures)",
                "Echo the mental model", "Challenge the student", "Present the problem concretely", "Problem-before-solution",
                "Capstone tone", "2-3 sentences reactivating cross-attention", "**Connect to existing mental model:**",
                "**Address misconception:**", "**Transition**")) {
            String line = direction + (direction.endsWith(":**") ? "" : ":") + " \"This is NOT the same as one step.\"";
            assertEquals(List.of("This is NOT the same as one step."), spoken(line), line);
        }
        assertEquals(List.of("Same process."), spoken("Transition: 2-3 sentences. “Same process.”"));
    }

    @Test
    void aLabelThatIsTheLessonsOwnStaysWithItsQuotation() {
        for (String line : List.of("Predict-before-run: \"What do you expect at 4 steps?\"", "Question 1: \"Why?\"",
                "Challenge: \"Before I tell you what they are, predict.\"", "Negative example: \"If text and image shared all.\"",
                "Negative example (boundary): \"This universality has limits.\"", "English: \"shrink the signal a tiny bit.\"",
                "Velocity prediction: \"v = epsilon - x_0.\"", "The score says: \"Move toward the data.\"",
                "Connection: \"In img2img, you started from a real image.\"", "Preview of next lesson: \"The final lesson.\"",
                "Transition matrix: \"P[i][j] is the chance.\"", "Echo state network: \"A reservoir.\"",
                "Skin tone: \"Warm.\"", "InsightBlock: \"The Augmented PF-ODE.\" One key innovation.")) {
            assertEquals(List.of(line), spoken(line), line);
        }
    }

    /** Without a quotation after it, a direction is the author's plan, not the lesson's words: nothing to show instead. */
    @Test
    void aDirectionWithoutAWholeQuotationAfterItStaysAsWritten() {
        for (String line : List.of("Transition: we move on", "Transition: from chronological order to decision-relevant order.",
                "Brief inline callbacks as needed: \"Remember WHEN/WHAT/WHERE\" when introducing scale",
                "Capstone series tone: \"Let's read the frontier together\" -- the student has earned it.")) {
            assertEquals(List.of(line), spoken(line), line);
        }
    }

    @Test
    void aSentenceCountThatIsNotBeforeAQuotationStays() {
        for (String line : List.of(
                "**Suggested fix:** Add 2-3 sentences with the concrete numbers from the plan: \"At 1024x1024, the VAE.\"",
                "Brief recap in 3-4 sentences:", "This is a minor concept that can be INTRODUCED in 2-3 sentences.",
                "Recap: three concepts reactivated in 2-3 sentences each. Transition: \"These converge.\"")) {
            assertEquals(List.of(line), spoken(line), line);
        }
    }

    @Test
    void aHooksTypeParagraphIsLeftOutAndEveryOtherParagraphIsKept() {
        Paragraph type = paragraph("Type: **Before/after comparison + challenge preview**");
        Paragraph boldType = paragraph("**Type:** Misconception reveal.");
        Paragraph spoken = paragraph("\"Look at the trajectories.\"");
        Paragraph typeAndMore = paragraph("Type: **before/after challenge**\nMotivating problem: Show a photograph.");
        Heading hook = new Heading(1, 4, new Inline("3. Hook: The Description Problem", 1));
        Heading explain = new Heading(9, 4, new Inline("4. Explain", 9));
        Paragraph elsewhere = paragraph("Type: **pip install torch** in the terminal");
        List<Block> outline = List.of(hook, type, boldType, spoken, typeAndMore, explain, elsewhere);

        assertEquals(List.of(hook, spoken, typeAndMore, explain, elsewhere), StageDirections.shown(outline));
    }

    private static Paragraph paragraph(String text) {
        return new Paragraph(new Inline(text, 2));
    }

    /** The seed with a quote-less transition in its recap and a sentence count in a review's suggested fix. */
    @Test
    void aQuotelessTransitionStaysOnTheStudentPageAndAReviewsSentenceCountOnTheReviewPage(@TempDir Path dir) {
        String edited = EditedContent.replaceOnce(EditedContent.seedText(), "- Transition: \"What happens when you apply "
                + "consistency distillation to Stable Diffusion's latent space? And what if you captured that distillation as a "
                + "LoRA?\"", "- Transition: we move on to latent space.");
        edited = EditedContent.replaceOnce(edited, "**Suggested fix:** Add a dedicated section with two GradientCards",
                "**Suggested fix:** Add 2-3 sentences first: \"At one step, the output is soft.\" Add a dedicated section with "
                        + "two GradientCards");
        RenderedSite site = RenderedSite.of(EditedContent.seed(dir, edited));
        Document lesson = site.page("lessons/latent-consistency-and-turbo/index.html");

        assertEquals("<li>Transition: we move on to latent space.</li>",
                lesson.selectFirst("h2#2-recap + p + ul").child(3).outerHtml());
        assertEquals(true, site.text("lessons/latent-consistency-and-turbo/review.html").contains("<dt>Suggested fix</dt>"
                + "<dd>Add 2-3 sentences first: &quot;At one step, the output is soft.&quot; Add a dedicated section"));
    }
}
