package dev.lectern.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UserCacheTest {

    @Test
    void theCacheIsInTheXdgCacheFolderWhenOneIsSet() {
        assertEquals(Optional.of(Path.of("/var/cache/ada/lectern")),
                UserCache.folder(Map.of("XDG_CACHE_HOME", "/var/cache/ada"), "/home/ada"));
    }

    @Test
    void withoutAnXdgCacheFolderTheCacheIsUnderTheHomeFolder() {
        assertEquals(Optional.of(Path.of("/home/ada/.cache/lectern")), UserCache.folder(Map.of(), "/home/ada"));
        assertEquals(Optional.of(Path.of("/home/ada/.cache/lectern")),
                UserCache.folder(Map.of("XDG_CACHE_HOME", " "), "/home/ada"));
        // the XDG rules ignore a relative path
        assertEquals(Optional.of(Path.of("/home/ada/.cache/lectern")),
                UserCache.folder(Map.of("XDG_CACHE_HOME", "cache"), "/home/ada"));
    }

    @Test
    void aUserWithoutAHomeFolderHasNoCacheFolderRatherThanOneInsideTheCourse() {
        // the JVM's user.home for a user the system has no entry for, as in many containers
        assertEquals(Optional.empty(), UserCache.folder(Map.of(), "?"));
        assertEquals(Optional.empty(), UserCache.folder(Map.of(), ""));
        assertEquals(Optional.of(Path.of("/cache/lectern")), UserCache.folder(Map.of("XDG_CACHE_HOME", "/cache"), "?"));
    }
}
