package dev.lectern.math;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Typeset formulas by content hash: in memory, and on disk under {@code dir} as
 * {@code <first 2 hex>/<sha-256>.formula}, so a second build starts no JavaScript at all.
 *
 * <p>The key covers the renderer's identity (KaTeX version, options, error-box format), the display
 * mode and the TeX, so changing any of them misses. An entry is
 * {@code "lectern-formula 1 <sha-256 of body> <body bytes>\n"} then a JSON body
 * {@code {"html":...,"error":...}}; it is written to a temporary file and moved into place
 * atomically, and one that fails its check (truncated, garbled) is deleted and treated as a miss.
 * Thread-safe. {@link #writingBehind} writes on a background thread: close it to finish the writes.
 */
public final class FormulaCache implements AutoCloseable {

    private static final String MAGIC = "lectern-formula";
    private static final String FORMAT = "1";
    private static final String SUFFIX = ".formula";

    private final Path dir;
    private final String rendererIdentity;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, RenderedMath> memory = new ConcurrentHashMap<>();
    private final AtomicLong corruptEntries = new AtomicLong();
    private final AtomicLong writeFailures = new AtomicLong();
    private final Set<Path> shards = ConcurrentHashMap.newKeySet(); // folders this cache has made or found
    private final CacheWriter writer;

    /**
     * @param dir              where entries live; created on first write
     * @param rendererIdentity everything besides the TeX that changes the output, e.g.
     *                         {@link KatexRenderer#cacheIdentity()}
     */
    public FormulaCache(Path dir, String rendererIdentity) {
        this(dir, rendererIdentity, CacheWriter.inline());
    }

    private FormulaCache(Path dir, String rendererIdentity, CacheWriter writer) {
        this.dir = dir;
        this.rendererIdentity = rendererIdentity;
        this.writer = writer;
    }

    /**
     * A cache whose {@link #put} returns before the entry is on disk: one background thread writes
     * them (in memory they are there at once). For builds; {@link #close()} waits for the writes.
     */
    public static FormulaCache writingBehind(Path dir, String rendererIdentity) {
        return new FormulaCache(dir, rendererIdentity, CacheWriter.background());
    }

    /** The content hash of one formula, as 64 hex digits. */
    public String key(String tex, boolean displayMode) {
        MessageDigest sha = sha256();
        // Length-prefixed fields, so no two different inputs hash the same bytes.
        for (String field : new String[] {rendererIdentity, displayMode ? "display" : "inline", tex}) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            sha.update(bytes);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The entry for {@code key}, from memory or disk; empty when absent or corrupt. */
    public Optional<RenderedMath> get(String key) {
        RenderedMath remembered = memory.get(key);
        if (remembered != null) {
            return Optional.of(remembered);
        }
        Optional<RenderedMath> stored = read(entry(key));
        stored.ifPresent(math -> memory.put(key, math));
        return stored;
    }

    /**
     * Stores {@code math}. A formula stopped by the time limit stays in memory only: on another run
     * or machine it may well finish.
     */
    public void put(String key, RenderedMath math) {
        memory.put(key, math);
        if (!MathErrorBox.isTimeLimit(math)) {
            writer.write(() -> write(entry(key), math));
        }
    }

    /** Returns once every entry put so far is on disk (or failed to be written). */
    public void flush() {
        writer.flush();
    }

    /** Finishes writing the entries put so far. */
    @Override
    public void close() {
        writer.close();
    }

    /** Entries that failed their integrity check since this cache was created. */
    public long corruptEntries() {
        return corruptEntries.get();
    }

    /** Entries that could not be written since this cache was created (after the pending writes). */
    public long writeFailures() {
        flush();
        return writeFailures.get();
    }

    /** The file holding {@code key}'s entry (whether or not it exists). */
    public Path entry(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key + SUFFIX);
    }

    private Optional<RenderedMath> read(Path file) {
        if (!file.toFile().isFile()) {
            return Optional.empty(); // the usual miss, found without the cost of an exception
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // unreadable: typeset again
        }
        Optional<RenderedMath> math = decode(bytes);
        if (math.isEmpty()) {
            corruptEntries.incrementAndGet();
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // the rewrite after rendering replaces it anyway
            }
        }
        return math;
    }

    private Optional<RenderedMath> decode(byte[] bytes) {
        int newline = indexOf(bytes, (byte) '\n');
        if (newline < 0) {
            return Optional.empty();
        }
        String[] header = new String(bytes, 0, newline, StandardCharsets.US_ASCII).split(" ");
        byte[] body = Arrays.copyOfRange(bytes, newline + 1, bytes.length);
        if (header.length != 4 || !header[0].equals(MAGIC) || !header[1].equals(FORMAT)
                || !header[3].equals(Integer.toString(body.length))
                || !header[2].equals(HexFormat.of().formatHex(sha256().digest(body)))) {
            return Optional.empty();
        }
        try {
            JsonNode node = json.readTree(body);
            JsonNode html = node.get("html");
            JsonNode error = node.get("error");
            if (html == null || !html.isTextual() || error == null || !(error.isNull() || error.isTextual())) {
                return Optional.empty();
            }
            return Optional.of(error.isNull()
                    ? RenderedMath.ok(html.asText())
                    : RenderedMath.failed(html.asText(), error.asText()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private byte[] encode(RenderedMath math) throws JsonProcessingException {
        ObjectNode node = json.createObjectNode();
        node.put("html", math.html());
        node.put("error", math.error().orElse(null));
        byte[] body = json.writeValueAsBytes(node);
        byte[] header = (MAGIC + " " + FORMAT + " " + HexFormat.of().formatHex(sha256().digest(body))
                + " " + body.length + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] entry = Arrays.copyOf(header, header.length + body.length);
        System.arraycopy(body, 0, entry, header.length, body.length);
        return entry;
    }

    private void write(Path file, RenderedMath math) {
        Path temp = null;
        Path shard = file.getParent();
        try {
            if (!shards.contains(shard)) {
                Files.createDirectories(shard);
                shards.add(shard);
            }
            // A name no other thread or process picks. Not createTempFile: its secure random name and
            // permission handling cost as much as the write itself, thousands of times in a cold build.
            temp = shard.resolve("." + file.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                    + ".tmp");
            Files.write(temp, encode(math), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // A cache that cannot be written only makes the next build slower.
            writeFailures.incrementAndGet();
            shards.remove(shard); // perhaps deleted meanwhile: make it again next time
            deleteQuietly(temp);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // a stray temporary file is harmless: it never has the entry suffix
            }
        }
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
