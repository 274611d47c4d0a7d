package dev.lectern.validate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lectern.model.CourseContent;
import dev.lectern.testing.EditedContent;
import dev.lectern.testing.Repo;
import dev.lectern.testing.Resources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A content folder for a check test, in a temporary folder: files copied from the repository's
 * content or the corpus, one of them changed, then loaded through the real parser.
 */
final class ContentTree {
    static final String MODULE = "series-7/module-7-3/";
    static final String SEED = MODULE + "lessons/latent-consistency-and-turbo.md";
    static final String PLAN = MODULE + "plan.md";
    static final String RECORD = MODULE + "record.md";
    /** Where the stand-in for the seed's source lesson goes. */
    static final String CONSISTENCY_MODELS = MODULE + "lessons/consistency-models.md";

    private final Path root;

    private ContentTree(Path root) {
        this.root = root;
    }

    static ContentTree in(Path root) {
        return new ContentTree(root);
    }

    /** The seed lesson with its module plan and record, as they are in {@code content/}. */
    static ContentTree seedModule(Path root) {
        return in(root).fromContent(SEED, PLAN, RECORD);
    }

    ContentTree fromContent(String... files) {
        return copyFrom(Repo.content(), files);
    }

    /** Files of the corpus at their corpus paths; the test is skipped when the corpus is absent. */
    ContentTree fromCorpus(String... files) {
        return copyFrom(Repo.corpus(), files);
    }

    /** A written {@code consistency-models}, the source lesson of most of the seed's prerequisites. */
    ContentTree withConsistencyModels() {
        return write(CONSISTENCY_MODELS, Resources.text("validate/structure/consistency-models.md"));
    }

    ContentTree write(String file, String text) {
        EditedContent.write(root, file, text);
        return this;
    }

    /** Replaces {@code from}, which must occur exactly once, so a test cannot silently change nothing. */
    ContentTree change(String file, String from, String to) {
        String text = read(file);
        int first = text.indexOf(from);
        assertTrue(first >= 0 && text.indexOf(from, first + 1) < 0,
                "'" + from + "' should occur exactly once in " + file);
        return write(file, text.substring(0, first) + to + text.substring(first + from.length()));
    }

    String read(String file) {
        try {
            return Files.readString(root.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CourseContent load() {
        return EditedContent.load(root);
    }

    /** What {@code checks} report over the tree, formatted, in location order. */
    List<String> check(CourseCheck... checks) {
        return CheckRuns.formatted(List.of(checks), load());
    }

    private ContentTree copyFrom(Path source, String... files) {
        for (String file : files) {
            try {
                write(file, Files.readString(source.resolve(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return this;
    }
}
