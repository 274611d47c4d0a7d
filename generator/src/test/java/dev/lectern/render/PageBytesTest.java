package dev.lectern.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageBytesTest {

    private static byte[] written(String nonce, List<String> pieces) {
        PageBytes page = new PageBytes(nonce);
        pieces.forEach(page::write);
        return page.resolve(token -> ("<f" + token + ">").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void encodesTextAsStringGetBytesDoesIncludingSurrogatesSplitBetweenWritesAndLoneOnes() {
        List<String> pieces = List.of("a “b” é € ", "\uD83D", "\uDE00 ", "\uD800x", "\uDC00y", "z\uD83D");
        String whole = String.join("", pieces);
        assertArrayEquals(whole.getBytes(StandardCharsets.UTF_8), written("", pieces));
    }

    @Test
    void encodesLongTextWithAPairAcrossTheEncodersChunks() {
        String text = "x".repeat(4095) + "\uD83D\uDE00" + "é".repeat(5000) + "\uD83D";
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), written("", List.of(text)));
    }

    @Test
    void replacesEachPlaceholderByItsFormulaWhereverItIsWritten() {
        byte[] page = written("nonce-", List.of("<p>nonce-0-</p>", "x nonce-12- y “nonce-0-”", "nonce"));
        assertEquals("<p><f0></p>x <f12> y “<f0>”nonce", new String(page, StandardCharsets.UTF_8));
    }

    @Test
    void endsALoneHighSurrogateBeforeAPlaceholderAsAQuestionMark() {
        byte[] page = written("nonce-", List.of("a\uD83D", "nonce-3-b"));
        assertEquals("a?<f3>b", new String(page, StandardCharsets.UTF_8));
    }
}
