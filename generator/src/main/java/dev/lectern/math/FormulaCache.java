package dev.lectern.math;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32C;

/**
 * Typeset formulas by content hash, in memory and on disk: one file per formula,
 * {@code dir/formulas/<first 2 hex digits>/<key>}, as ccache and Bazel's disk cache keep theirs.
 *
 * <p>The key covers the renderer's identity (KaTeX version, options, error-box format), the display
 * mode and the TeX, so changing any of them misses. A file is written under a temporary name in its
 * own folder and renamed into place, so a reader (another thread, a {@code serve} beside a
 * {@code build}, a machine on the same network file system) sees a whole entry or none; two writers
 * of one key write the same bytes. An entry names its key and ends with a CRC-32C of the rest,
 * checked on every read: one cut short, garbled or misplaced is a miss, typeset again and written
 * over, never served. Any failure to read or write is a miss or a lost entry, never an error.
 * No state outside the files, so instances and processes need no locks. Thread-safe.
 */
public final class FormulaCache {

    /** Under the cache folder, which holds other things too (e.g. the build state). */
    static final String FOLDER = "formulas";
    private static final String FORMAT = "lectern-formula 2";

    private final Path folder;
    private final String rendererIdentity;
    private final Map<String, RenderedMath> memory = new ConcurrentHashMap<>();

    /**
     * @param dir              the cache folder; entries go to {@code dir/formulas}, created on first write
     * @param rendererIdentity everything besides the TeX that changes the output, e.g.
     *                         {@link KatexRenderer#cacheIdentity()}
     */
    public FormulaCache(Path dir, String rendererIdentity) {
        this.folder = dir.resolve(FOLDER);
        this.rendererIdentity = rendererIdentity;
    }

    /** The content hash of one formula, as 64 hex digits. */
    public String key(String tex, boolean displayMode) {
        // Length-prefixed fields, so no two different inputs hash the same bytes.
        String[] fields = {rendererIdentity, displayMode ? "display" : "inline", tex};
        byte[][] parts = new byte[fields.length * 2][];
        for (int i = 0; i < fields.length; i++) {
            byte[] bytes = fields[i].getBytes(StandardCharsets.UTF_8);
            parts[2 * i] = (bytes.length + ":").getBytes(StandardCharsets.US_ASCII);
            parts[2 * i + 1] = bytes;
        }
        return Sha256.hex(parts);
    }

    /** The entry for {@code key}, from memory or disk; empty when absent or damaged. */
    public Optional<RenderedMath> get(String key) {
        RenderedMath remembered = memory.get(key);
        if (remembered != null) {
            return Optional.of(remembered);
        }
        Optional<RenderedMath> stored = read(key);
        stored.ifPresent(math -> memory.put(key, math));
        return stored;
    }

    /**
     * Stores {@code math} under {@code key} (a {@link #key}). A formula stopped by the time limit stays
     * in memory only: on another run or machine it may well finish.
     */
    public void put(String key, RenderedMath math) {
        RenderedMath previous = memory.put(key, math);
        if (math.equals(previous) || MathErrorBox.isTimeLimit(math)) {
            return;
        }
        try {
            write(key, math);
        } catch (IOException e) {
            // Unwritable (read-only, full, or damaged beyond the repair in write): the build goes on,
            // and the next one typesets this formula again.
        }
    }

    /** Where the entry for {@code key} is kept. */
    Path entry(String key) {
        return folder.resolve(key.substring(0, 2)).resolve(key);
    }

    private Optional<RenderedMath> read(String key) {
        try {
            byte[] bytes = Files.readAllBytes(entry(key));
            int body = bytes.length - Integer.BYTES;
            if (body < 0 || ByteBuffer.wrap(bytes, body, Integer.BYTES).getInt() != checksum(bytes, body)) {
                return Optional.empty();
            }
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, 0, body));
            if (!in.readUTF().equals(FORMAT) || !in.readUTF().equals(key)) {
                return Optional.empty();
            }
            String html = readText(in);
            return Optional.of(in.readBoolean() ? RenderedMath.failed(html, readText(in)) : RenderedMath.ok(html));
        } catch (IOException e) {
            return Optional.empty(); // absent, unreadable, or not an entry: typeset again
        }
    }

    private void write(String key, RenderedMath math) throws IOException {
        Path shard = entry(key).getParent();
        try {
            Files.createDirectories(shard);
        } catch (IOException e) {
            // A file where one of our folders belongs (e.g. a copy gone wrong): remove it, once.
            Files.deleteIfExists(Files.isDirectory(folder) ? shard : folder);
            Files.createDirectories(shard);
        }
        WholeFile.replace(entry(key), encode(key, math)); // over an entry there, damaged or not
    }

    private static byte[] encode(String key, RenderedMath math) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(math.html().length() + 128);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeUTF(FORMAT);
        out.writeUTF(key);
        writeText(out, math.html());
        out.writeBoolean(math.error().isPresent());
        if (math.error().isPresent()) {
            writeText(out, math.error().get());
        }
        out.writeInt(checksum(bytes.toByteArray(), bytes.size()));
        return bytes.toByteArray();
    }

    private static int checksum(byte[] bytes, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, length);
        return (int) crc.getValue();
    }

    /** UTF-8 with its length first ({@code writeUTF} takes at most 64 KB). */
    private static void writeText(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readText(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("not an entry");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
