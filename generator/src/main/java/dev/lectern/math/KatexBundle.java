package dev.lectern.math;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * KaTeX as the build copied it into the jar ({@code lectern/katex/}). Reading the version needs no
 * JavaScript, so a cache can compute its keys without starting GraalJS.
 */
public final class KatexBundle {

    static final String SCRIPT = "lectern/katex/katex.min.js";
    static final String PACKAGE_JSON = "lectern/katex/package.json";

    private KatexBundle() {
    }

    /** The KaTeX version from the bundled {@code package.json}, e.g. {@code 0.19.1}. */
    public static String version() {
        try {
            String version = new ObjectMapper().readTree(read(PACKAGE_JSON)).path("version").asText("");
            if (version.isEmpty()) {
                throw new IllegalStateException(PACKAGE_JSON + " has no version");
            }
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A classpath resource's text; KaTeX and Lectern's scripts around it all come from the jar. */
    static String read(String resource) {
        try (InputStream in = KatexBundle.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                // The build copies KaTeX from assets/node_modules; without it nothing can typeset.
                throw new IllegalStateException("missing classpath resource " + resource
                        + " (run the generator build, which installs KaTeX with npm)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
