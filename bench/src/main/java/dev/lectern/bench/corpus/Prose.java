package dev.lectern.bench.corpus;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic filler text in the register of a lesson specification: sentences built from
 * templates and a small vocabulary, so a corpus has the length and the shape of real specs (long
 * table cells, paragraphs of several sentences) without their content. Never writes a dollar sign,
 * a colon-led component name or a spaced em dash, so the only formulas and components in a
 * generated lesson are the ones {@link LessonWriter} puts there on purpose.
 */
final class Prose {

    static final List<String> ADJECTIVES = List.of(
            "sparse", "residual", "latent", "stochastic", "deterministic", "adaptive", "hierarchical",
            "causal", "contrastive", "variational", "recurrent", "convolutional", "masked", "guided",
            "conditional", "discrete", "continuous", "linear", "nonlinear", "shared", "frozen", "dense",
            "local", "global", "cross", "gated", "normalised", "weighted", "implicit", "explicit", "noisy",
            "robust", "efficient", "distilled", "quantised", "pretrained", "multiscale", "spectral",
            "temporal", "spatial", "ordinal", "bayesian", "greedy", "annealed", "tempered", "calibrated",
            "modular", "symmetric", "orthogonal", "low-rank", "autoregressive", "parallel", "iterative",
            "amortised", "truncated", "smoothed", "clipped", "batched", "streaming", "hybrid");

    static final List<String> NOUNS = List.of(
            "attention", "gradient", "sampler", "encoder", "decoder", "scheduler", "embedding", "kernel",
            "posterior", "prior", "likelihood", "estimator", "objective", "regulariser", "optimiser",
            "trajectory", "manifold", "projection", "tokenizer", "adapter", "discriminator", "critic",
            "policy", "reward", "baseline", "buffer", "memory", "router", "expert", "mixture", "ensemble",
            "bottleneck", "codebook", "quantiser", "flow", "score", "field", "operator", "solver",
            "integrator", "sketch", "hash", "index", "retriever", "ranker", "classifier", "regressor",
            "autoencoder", "transformer", "convolution", "pooling", "normalisation", "dropout",
            "initialisation", "warmup", "schedule", "curriculum", "teacher", "student", "distillation",
            "pruning", "sparsity", "compression", "calibration", "uncertainty", "variance", "bias",
            "momentum", "residual", "skip connection", "latent space", "noise level", "timestep",
            "guidance", "conditioning", "prompt", "context window", "loss surface", "learning rate");

    static final List<String> VERBS = List.of(
            "maps", "compresses", "stabilises", "predicts", "reconstructs", "aligns", "filters", "weights",
            "normalises", "routes", "samples", "estimates", "regularises", "smooths", "projects", "ranks",
            "separates", "combines", "anchors", "propagates", "bounds", "approximates", "transfers",
            "encodes", "decodes", "refines", "selects", "calibrates", "distils", "scales");

    static final List<String> ANALOGY_OBJECTS = List.of(
            "a map and a compass", "two lanes of one road", "a recipe in a bigger kitchen",
            "a translator between two languages", "a critic and an artist", "a highway and a detour",
            "a volume knob", "a sieve that keeps the stones", "a ladder with missing rungs",
            "a thermostat that overshoots", "a librarian who files by colour", "a relay race",
            "a magnifying glass", "a tuning fork", "a set of nested boxes", "a river finding its bed",
            "a sculptor removing marble", "a bucket brigade", "a photograph slowly developing",
            "a weather forecast", "a spring pulling back", "a crowd voting", "a tailor taking measurements");

    private static final List<String> TEMPLATES = List.of(
            "The student already knows how the {a} {n} {v} the {n2}, so this step reuses a familiar pattern rather than a new one.",
            "Without the {a} {n}, the {n2} {v} every input the same way and the {a2} signal disappears.",
            "This is the same move as before: the {n} {v} the {n2}, and only the {a} part changes.",
            "A concrete case makes it visible: with {k} {n2} steps the {n} is {a}, with {k2} it is {a2}.",
            "The key point is that the {n} does not replace the {n2}; it {v} it, and the rest of the pipeline is unchanged.",
            "Students often assume the {a} {n} needs retraining for each {n2}, but one trained {n} transfers across compatible models.",
            "In the notebook the student compares the {a} and the {a2} {n} on the same {n2} and sees the difference directly.",
            "The {n} {v} the {n2} at training time only; at inference nothing of it runs.",
            "Two signals shape the {n}: the {n2} asks for consistency, and the {a} term asks for realism.",
            "Keep the explanation at the level of what the {n} does, not how it is implemented, since the depth target is INTRODUCED.",
            "The risk is that the student reads the {a} {n} as a post-processing step, which is why the warning follows immediately.",
            "This connects back to the {a2} {n2} from the earlier module, where the same trade-off between speed and quality appeared.",
            "Here the {n} is a {a} function of the {n2}, and every later section depends on that one fact.",
            "Fewer than {k} examples would leave the boundary unclear, so the lesson gives a positive case, a contrastive case and a negative one.",
            "The check questions test whether the student can predict what the {n} {v} when the {n2} changes, not whether they can recite a definition.",
            "At {k} steps the output of the {a} {n} is soft; at {k2} steps it is close to the baseline, and beyond that the gain is small.",
            "The {n2} is frozen throughout, which is the modularity principle in action: only the {n} is trained.",
            "Because the {n} {v} the {n2} in a {a} way, the failure mode is softness rather than artefacts.",
            "The planning document asks for a vivid, concrete comparison here, and the {a} {n} gives one.",
            "A {a} {n} that {v} the {n2} is cheaper than retraining the whole model, and it is small enough to share.",
            "The student should leave this section able to say in one sentence why the {n} {v} the {n2}.",
            "Every claim in this part is grounded in an example the student can run, which keeps the {a} {n} from staying abstract.",
            "The scope stops before the derivation: the lesson shows what the {n} optimises, not why the bound holds.",
            "Compared with the {a2} {n2}, the {a} {n} needs one more ingredient, and that ingredient is the subject of the next section.");

    private final SplittableRandom random;

    Prose(SplittableRandom random) {
        this.random = random;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    int between(int lowInclusive, int highInclusive) {
        return lowInclusive + random.nextInt(highInclusive - lowInclusive + 1);
    }

    String sentence() {
        String template = pick(TEMPLATES);
        return template
                .replace("{a2}", pick(ADJECTIVES)).replace("{a}", pick(ADJECTIVES))
                .replace("{n2}", pick(NOUNS)).replace("{n}", pick(NOUNS))
                .replace("{v}", pick(VERBS))
                .replace("{k2}", String.valueOf(between(8, 50))).replace("{k}", String.valueOf(between(1, 4)));
    }

    /** {@code min} to {@code max} sentences, one paragraph (no line breaks). */
    String sentences(int min, int max) {
        StringBuilder out = new StringBuilder();
        for (int i = between(min, max); i > 0; i--) {
            out.append(out.isEmpty() ? "" : " ").append(sentence());
        }
        return out.toString();
    }

    /** A short phrase for a list item or a table cell such as a mental model. */
    String phrase() {
        return capitalise(pick(ADJECTIVES)) + " " + pick(NOUNS) + " " + pick(VERBS) + " the " + pick(NOUNS);
    }

    String analogy() {
        return pick(ANALOGY_OBJECTS);
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String titleCase(String words) {
        StringBuilder out = new StringBuilder();
        for (String word : words.split(" ")) {
            out.append(out.isEmpty() ? "" : " ").append(capitalise(word));
        }
        return out.toString();
    }
}
