package dev.lectern.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The site's static files, from the jar: our stylesheet and search script, MiniSearch, KaTeX's
 * stylesheet with its fonts, and the lesson schema that {@code lesson.json} files follow.
 * A jar's folders cannot be listed, so the font names are read from the {@code url(fonts/...)}
 * references in {@code katex.min.css}: exactly the files the stylesheet needs.
 */
final class StaticAssets {
    static final String CSS = "lectern/assets/lectern.css";
    static final String KATEX = "lectern/katex/";
    static final String SEARCH_JS = "lectern/assets/search.js";
    static final String MINISEARCH = "lectern/minisearch/";
    static final String SCHEMA = "lectern/schema/lesson.schema.json";
    /** Where the schema goes: an authors' file, for the {@code lesson.json} files of their pages. */
    static final String SCHEMA_FOLDER = "lessons/schema/";
    private static final Pattern FONT_URL = Pattern.compile("url\\(\\s*['\"]?fonts/([A-Za-z0-9_.-]+)['\"]?\\s*\\)");

    private final ClassLoader loader;
    private volatile List<RenderedFile> files;

    StaticAssets(ClassLoader loader) {
        this.loader = loader;
    }

    /**
     * Read once: the jar does not change while Lectern runs, and handing out the same bytes lets a
     * long-running process ({@code lectern serve}) hash and scan them once, not at every rebuild.
     */
    List<RenderedFile> files() {
        List<RenderedFile> read = files;
        if (read == null) {
            read = read();
            files = read;
        }
        return read;
    }

    private List<RenderedFile> read() {
        List<RenderedFile> files = new ArrayList<>();
        files.add(new RenderedFile("lessons/assets/lectern.css", read(CSS)));
        files.add(new RenderedFile("lessons/assets/search.js", read(SEARCH_JS)));
        files.add(new RenderedFile("lessons/assets/minisearch/minisearch.js", read(MINISEARCH + "dist/umd/index.js")));
        files.add(new RenderedFile("lessons/assets/minisearch/LICENSE.txt", read(MINISEARCH + "LICENSE.txt")));
        byte[] katexCss = read(KATEX + "katex.min.css");
        files.add(new RenderedFile("lessons/assets/katex/katex.min.css", katexCss));
        for (String font : fontNames(new String(katexCss, StandardCharsets.UTF_8))) {
            files.add(new RenderedFile("lessons/assets/katex/fonts/" + font, read(KATEX + "fonts/" + font)));
        }
        files.add(new RenderedFile(SCHEMA_FOLDER + "lesson.schema.json", read(SCHEMA)));
        return List.copyOf(files);
    }

    static List<String> fontNames(String css) {
        TreeSet<String> names = new TreeSet<>();
        Matcher m = FONT_URL.matcher(css);
        while (m.find()) {
            names.add(m.group(1));
        }
        return List.copyOf(names);
    }

    private byte[] read(String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                // the build puts these in the jar; their absence is a packaging bug, not a content problem
                throw new IllegalStateException("missing resource " + resource + " (was the build run with KaTeX?)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
    }
}
