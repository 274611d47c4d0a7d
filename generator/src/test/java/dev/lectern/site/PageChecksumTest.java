package dev.lectern.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageChecksumTest {

    @Test
    void isCrc32cThenCrc32OfTheBytesInHex() {
        // the check values both CRCs are published with
        assertEquals("e3069283cbf43926", PageChecksum.hex("123456789".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void tellsPagesOfTheSameSizeThatDifferInOneCharacterApart() {
        String page = "<p>The forward process adds noise at every step.</p>".repeat(1_000);
        String edited = page.substring(0, 30_000) + "N" + page.substring(30_001);
        assertEquals(page.length(), edited.length());
        assertNotEquals(PageChecksum.hex(page.getBytes(StandardCharsets.UTF_8)),
                PageChecksum.hex(edited.getBytes(StandardCharsets.UTF_8)));
        assertEquals(PageChecksum.hex(page.getBytes(StandardCharsets.UTF_8)),
                PageChecksum.hex(page.getBytes(StandardCharsets.UTF_8)));
    }
}
