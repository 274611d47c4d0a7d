package dev.lectern.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.testing.RandomText;
import org.junit.jupiter.api.Test;

/** The lines exchanged with a Node worker, read and written without Jackson's data binding. */
class NodeWorkerProtocolTest {

    private final ObjectMapper json = NodeWorker.json();

    @Test
    void aRequestLineIsAsciiJsonThatReadsBackAsTheFormulaExactly() throws Exception {
        RandomText texts = new RandomText(7,
                "ab\\\"{}^_ \n\t\r\u0000\u001f\u007f\u00e9\u2264\ud835\udc9c\ud800\udfff", 12);
        for (int n = 0; n < 5_000; n++) {
            Formula formula = new Formula(texts.next(), texts.nextBoolean());

            String line = NodeWorker.request(n, formula);
            JsonNode read = json.readTree(line);

            assertTrue(line.chars().allMatch(c -> c >= 0x20 && c < 0x7f), line);
            assertEquals(n, read.get("id").longValue());
            assertEquals(formula.tex(), read.get("tex").textValue());
            assertEquals(formula.display(), read.get("display").booleanValue());
        }
    }

    @Test
    void anAnswerIsReadWhateverTheOrderOfItsFields() throws Exception {
        assertEquals(new NodeWorker.Answer(3, true, "<span>\"x\"</span>"),
                NodeWorker.Answer.read(json, "{\"text\":\"<span>\\\"x\\\"</span>\",\"extra\":{\"a\":[1]},\"ok\":true,\"id\":3}"));
        assertEquals(new NodeWorker.Answer(4, false, "ParseError"),
                NodeWorker.Answer.read(json, "{\"id\":4,\"ok\":false,\"text\":\"ParseError\"}"));
    }

    @Test
    void anAnswerMissingAFieldOrWithAFieldOfAnotherTypeIsOutOfProtocol() throws Exception {
        assertNull(NodeWorker.Answer.read(json, "{\"id\":3,\"ok\":true}"));
        assertNull(NodeWorker.Answer.read(json, "{\"id\":\"3\",\"ok\":true,\"text\":\"x\"}"));
        assertNull(NodeWorker.Answer.read(json, "{\"id\":3,\"ok\":1,\"text\":\"x\"}"));
        assertNull(NodeWorker.Answer.read(json, "{\"id\":3,\"ok\":true,\"text\":null}"));
        assertNull(NodeWorker.Answer.read(json, "[3,true,\"x\"]"));
        assertNull(NodeWorker.Answer.read(json, "{\"id\":3,\"ok\":tru"));
        assertNull(NodeWorker.Answer.read(json, "Segmentation fault"));
    }
}
