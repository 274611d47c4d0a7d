package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaticAssetsTest {

    private static byte[] resource(String name) throws Exception {
        try (InputStream in = StaticAssetsTest.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void readsFontNamesFromTheStylesheetsUrlReferences() {
        String css = "@font-face{src:url(fonts/KaTeX_Main-Bold.woff2) format(\"woff2\"),url('fonts/KaTeX_Main-Bold.woff')}"
                + ".x{background:url(img/other.png)}@font-face{src:url( \"fonts/KaTeX_AMS-Regular.ttf\" )}"
                + "@font-face{src:url(fonts/KaTeX_Main-Bold.woff2)}";

        assertEquals(List.of("KaTeX_AMS-Regular.ttf", "KaTeX_Main-Bold.woff", "KaTeX_Main-Bold.woff2"),
                StaticAssets.fontNames(css));
    }

    @Test
    void publishesOurStylesheetKatexWithEveryFontItReferencesAndTheLessonSchema() throws Exception {
        List<RenderedFile> files = new StaticAssets(getClass().getClassLoader()).files();

        assertEquals("lessons/assets/lectern.css", files.get(0).path());
        assertArrayEquals(resource("lectern/assets/lectern.css"), files.get(0).content());
        assertEquals(List.of("lessons/assets/search.js", "lessons/assets/minisearch/minisearch.js",
                "lessons/assets/minisearch/LICENSE.txt", "lessons/assets/katex/katex.min.css"),
                files.subList(1, 5).stream().map(RenderedFile::path).toList());
        assertArrayEquals(resource("lectern/minisearch/dist/umd/index.js"), files.get(2).content());
        List<RenderedFile> fonts = files.subList(5, files.size() - 1);
        assertEquals(60, fonts.size());
        assertEquals("lessons/assets/katex/fonts/KaTeX_AMS-Regular.ttf", fonts.get(0).path());
        assertArrayEquals(resource("lectern/katex/fonts/KaTeX_Main-Regular.woff2"), fonts.stream()
                .filter(f -> f.path().endsWith("/KaTeX_Main-Regular.woff2")).findFirst().orElseThrow().content());
        RenderedFile schema = files.get(files.size() - 1);
        assertEquals("lessons/schema/lesson.schema.json", schema.path());
        assertArrayEquals(resource("lectern/schema/lesson.schema.json"), schema.content());
    }
}
