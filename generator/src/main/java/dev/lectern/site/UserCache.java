package dev.lectern.site;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The cache folder a user's runs share when none is given: {@code $XDG_CACHE_HOME/lectern}, else
 * {@code ~/.cache/lectern}. Outside any work tree, so {@code mvn clean} keeps it, and the CLI, {@code serve}
 * and the Maven plugin typeset each formula once between them. Sharing it between courses is safe: entries
 * are keyed by a hash of the formula, the options and the KaTeX version, and written atomically.
 */
public final class UserCache {

    private UserCache() {
    }

    /** This user's cache folder, from the environment and {@code user.home}; see {@link #folder(Map, String)}. */
    public static Optional<Path> folder() {
        return folder(System.getenv(), System.getProperty("user.home"));
    }

    /**
     * Empty when neither {@code XDG_CACHE_HOME} nor the home folder is an absolute path: the XDG rules ignore
     * a relative one, and the JVM's home is {@code ?} for a user the system has no entry for (a container's),
     * where a relative path would put the cache inside the course.
     */
    static Optional<Path> folder(Map<String, String> env, String userHome) {
        return absolute(env.get("XDG_CACHE_HOME"))
                .or(() -> absolute(userHome).map(home -> home.resolve(".cache")))
                .map(cache -> cache.resolve("lectern"));
    }

    private static Optional<Path> absolute(String path) {
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(path)).filter(Path::isAbsolute);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
