package dev.lectern.site;

import java.nio.file.Path;
import java.util.Map;

/**
 * The cache folder a user's runs share when none is given: {@code $XDG_CACHE_HOME/lectern}, else
 * {@code ~/.cache/lectern}. Outside any work tree, so {@code mvn clean} keeps it, and the CLI, {@code serve}
 * and the Maven plugin typeset each formula once between them. Sharing it between courses is safe: entries
 * are keyed by a hash of the formula, the options and the KaTeX version, and written atomically.
 */
public final class UserCache {

    private UserCache() {
    }

    /** This user's cache folder, from the environment and {@code user.home}. */
    public static Path folder() {
        return folder(System.getenv(), System.getProperty("user.home"));
    }

    static Path folder(Map<String, String> env, String userHome) {
        String xdg = env.getOrDefault("XDG_CACHE_HOME", "");
        return (xdg.isBlank() ? Path.of(userHome, ".cache") : Path.of(xdg)).resolve("lectern");
    }
}
