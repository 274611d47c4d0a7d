package dev.lectern.render;

import dev.lectern.testing.SiteRenderers;
import dev.lectern.testing.RenderedFiles;
import dev.lectern.math.MathRenderer;
import dev.lectern.model.CourseContent;
import dev.lectern.model.Diagnostic;
import dev.lectern.model.DiagnosticCollector;
import dev.lectern.model.Publication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** The files a render produced, by path, and what it reported; pages come back parsed by jsoup. */
final class RenderedSite {
    final List<RenderedFile> files;
    final List<Diagnostic> diagnostics;
    private final Map<String, RenderedFile> byPath;

    private RenderedSite(List<RenderedFile> files, List<Diagnostic> diagnostics) {
        this.files = files;
        this.diagnostics = diagnostics;
        this.byPath = files.stream().collect(Collectors.toMap(RenderedFile::path, Function.identity()));
    }

    static RenderedSite of(CourseContent content) {
        return of(content, new FakeMath());
    }

    static RenderedSite of(CourseContent content, MathRenderer math) {
        return of(content, math, Publication.defaults());
    }

    /** Drafts listed to students too: for tests of the course's order and structure, made of lessons never reviewed. */
    static final Publication DRAFTS_SHOWN = new Publication(true, true, Optional.empty());

    static RenderedSite of(CourseContent content, Publication publication) {
        return of(content, new FakeMath(), publication);
    }

    static RenderedSite of(CourseContent content, MathRenderer math, Publication publication) {
        DiagnosticCollector sink = new DiagnosticCollector();
        List<RenderedFile> files = RenderedFiles.of(SiteRenderers.oneOff(math), content, publication, sink);
        return new RenderedSite(files, sink.sorted());
    }

    /** Writes the files below {@code -Dlectern.render.dumpDir}, if set, to look at them in a browser. */
    static void dump(List<RenderedFile> files) throws IOException {
        String dir = System.getProperty("lectern.render.dumpDir", "");
        if (dir.isBlank()) {
            return;
        }
        for (RenderedFile file : files) {
            Path target = Path.of(dir).resolve(file.path());
            Files.createDirectories(target.getParent());
            Files.write(target, file.content());
        }
    }

    static RenderedSite sample() {
        return of(SampleLessons.course());
    }

    boolean has(String path) {
        return byPath.containsKey(path);
    }

    String text(String path) {
        RenderedFile file = byPath.get(path);
        if (file == null) {
            throw new AssertionError("no file " + path + " among " + byPath.keySet());
        }
        return new String(file.content(), StandardCharsets.UTF_8);
    }

    /** The text of each element, in order. */
    static List<String> texts(Elements elements) {
        return elements.stream().map(Element::text).toList();
    }

    Document page(String path) {
        return Jsoup.parse(text(path));
    }
}
