package dev.lectern.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

/** Test resources and the repository layout around the generator. */
public final class Resources {

    private Resources() {
    }

    /** The text of a test classpath resource, e.g. {@code math/add-loss-inline.html}. */
    public static String text(String resource) {
        try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository root, from the {@code lectern.repo} property Surefire sets. */
    public static Path repo() {
        String repo = System.getProperty("lectern.repo");
        return repo == null ? Paths.get("..").toAbsolutePath().normalize() : Paths.get(repo).toAbsolutePath().normalize();
    }

    /** The shared course corpus beside the repository, when it is there. */
    public static Optional<Path> corpus() {
        Path corpus = repo().resolve("../shared/corpus").normalize();
        return corpus.toFile().isDirectory() ? Optional.of(corpus) : Optional.empty();
    }
}
