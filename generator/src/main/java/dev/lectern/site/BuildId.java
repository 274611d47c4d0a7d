package dev.lectern.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Which Lectern made a build: its version and a digest of its code, templates and dependencies, from
 * {@code lectern/build.properties} (written by the build, see generator/pom.xml). A rebuild reuses earlier output
 * only when it was made by the same Lectern, since any change to the code or the built-in templates may change
 * every page.
 */
record BuildId(String version, String code) {

    static BuildId ofThisLectern() {
        Properties properties = new Properties();
        try (InputStream in = BuildId.class.getClassLoader().getResourceAsStream("lectern/build.properties")) {
            if (in == null) {
                throw new IllegalStateException("lectern/build.properties is missing from the build");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new BuildId(properties.getProperty("version"), properties.getProperty("code"));
    }

    String text() {
        return version + " " + code;
    }
}
