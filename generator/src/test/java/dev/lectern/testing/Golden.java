package dev.lectern.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares a whole output with its golden file under {@code src/test/resources/golden/}. Run the
 * tests with {@code -Dlectern.updateGolden=true} to rewrite the golden files, then review the diff.
 */
public final class Golden {

    private Golden() {
    }

    public static void assertMatches(String relativePath, String actual) {
        Path file = Repo.root().resolve("generator/src/test/resources/golden").resolve(relativePath);
        try {
            if (Repo.updateGolden() || !Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                if (!Repo.updateGolden()) {
                    throw new AssertionError("golden file was missing and has been written: " + file
                            + "; review it and run again");
                }
                return;
            }
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "differs from " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
