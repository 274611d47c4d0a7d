package dev.lectern.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where tests find the repository's content and the shared course corpus beside it. */
public final class Repo {

    private Repo() {
    }

    /** The repository root (surefire passes it as {@code lectern.repo}). */
    public static Path root() {
        return Path.of(System.getProperty("lectern.repo", "..")).toAbsolutePath().normalize();
    }

    /**
     * A copy of the course in {@code content/}, kept under the test resources: authors edit
     * {@code content/} freely, and tests that quote its lines keep passing ({@code mvn verify} still
     * checks {@code content/} itself with {@code lectern:check}).
     */
    public static Path content() {
        return root().resolve("generator/src/test/resources/content");
    }

    /** The user's lesson specification, as copied from the content tree. */
    public static Path seed() {
        return content().resolve("series-7/module-7-3/lessons/latent-consistency-and-turbo.md");
    }

    /** The real course corpus ({@code ../shared/corpus}); the calling test is skipped when it is absent. */
    public static Path corpus() {
        Path corpus = root().resolve("../shared/corpus").normalize();
        assumeTrue(Files.isDirectory(corpus), "the shared corpus is not here: " + corpus);
        return corpus;
    }

    /** Golden files are rewritten instead of compared when {@code -Dlectern.updateGolden=true}. */
    public static boolean updateGolden() {
        return Boolean.getBoolean("lectern.updateGolden");
    }
}
