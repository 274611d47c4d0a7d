package dev.lectern.testing;

import java.nio.file.Path;

/**
 * The repository's course with a draft beside the seed lesson: the module's third lesson, written,
 * its latest verdict MAJOR REVISION, with a word no other lesson has ({@link #WORD}).
 */
public final class DraftBesideSeed {
    public static final String FILE = "series-7/module-7-3/lessons/the-speed-landscape.md";
    public static final String FOLDER = "the-speed-landscape";
    public static final String WORD = "zebrafinch";
    /** What the module plan says of the lesson, which students see in its place. */
    public static final String PLANNED = "A taxonomy of all acceleration approaches and their "
            + "quality-speed-flexibility tradeoffs";
    private static final String TEXT = """
            # Lesson: The Speed Landscape

            **Slug:** `the-speed-landscape`
            **Series:** 7 (Post-SD Advances), **Module:** 7.3 (Fast Generation), **Position:** Lesson 8 of 11 in series, Lesson 3 of 3 in module

            ## Phase 3: Design

            ### Lesson Outline

            #### 1. The map

            Every acceleration approach sits on one map, the zebrafinch map.

            ## Review -- 2026-02-22 (Iteration 1/3)

            ### Verdict: MAJOR REVISION
            """;

    private DraftBesideSeed() {
    }

    /** The course copied to {@code dir}, with the draft, and {@code yaml} as its lectern.yaml unless empty. */
    public static Path write(Path dir, String yaml) {
        EditedContent.copy(Repo.content(), dir);
        EditedContent.write(dir, FILE, TEXT);
        if (!yaml.isEmpty()) {
            EditedContent.write(dir, "lectern.yaml", yaml);
        }
        return dir;
    }
}
