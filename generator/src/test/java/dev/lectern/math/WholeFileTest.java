package dev.lectern.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WholeFileTest {

    @TempDir
    Path dir;

    @Test
    void aReplacedFileHasItsNewContentAndNothingIsLeftBeside() throws IOException {
        Path page = dir.resolve("index.html");
        Files.writeString(page, "old");

        WholeFile.replace(page, "new".getBytes(StandardCharsets.UTF_8));

        assertArrayEquals("new".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(page));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(page), files.toList());
        }
    }

    @Test
    void aReplacedFileIsAsReadableByOthersAsAnyNewFile() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path plain = Files.write(dir.resolve("plain.html"), new byte[] {1}); // as the umask makes new files
        Path page = dir.resolve("index.html");

        WholeFile.replace(page, new byte[] {1});
        WholeFile.replace(page, new byte[] {2});

        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(page));
    }
}
