package dev.lectern.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserCacheTest {

    @Test
    void theCacheIsInTheXdgCacheFolderWhenOneIsSet() {
        assertEquals(Path.of("/var/cache/ada/lectern"),
                UserCache.folder(Map.of("XDG_CACHE_HOME", "/var/cache/ada"), "/home/ada"));
    }

    @Test
    void withoutAnXdgCacheFolderTheCacheIsUnderTheHomeFolder() {
        assertEquals(Path.of("/home/ada/.cache/lectern"), UserCache.folder(Map.of(), "/home/ada"));
        assertEquals(Path.of("/home/ada/.cache/lectern"), UserCache.folder(Map.of("XDG_CACHE_HOME", " "), "/home/ada"));
    }
}
