package dev.lectern.math;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Typeset formulas by content hash: in memory, and on disk in pack files under {@code dir/formulas},
 * so a second build starts no JavaScript at all.
 *
 * <p>The key covers the renderer's identity (KaTeX version, options, error-box format), the display
 * mode and the TeX, so changing any of them misses. Each process that writes appends its entries to
 * a pack of its own ({@link PackAppender}), so processes sharing the folder never write one file;
 * a record carries its key, and checks of its header and body ({@link PackFormat}), and one that
 * fails them (cut short, garbled) is a miss, counted in {@link #corruptEntries()}, never served.
 * The first {@link #get} indexes the packs' headers ({@link PackIndex}); when the folder holds more
 * than {@link PackCompactor#MAX_PACKS} packs, that cache's writer merges the finished ones.
 * Thread-safe. {@link #writingBehind} writes on a background thread: close it to finish the writes.
 */
public final class FormulaCache implements AutoCloseable {

    /** Under the cache folder, which holds other things too (e.g. the build state). */
    static final String FOLDER = "formulas";

    private final Path dir;
    private final String rendererIdentity;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, RenderedMath> memory = new ConcurrentHashMap<>();
    private final AtomicLong corruptEntries = new AtomicLong();
    private final AtomicLong writeFailures = new AtomicLong();
    private final PackFolder folder;
    private final Set<Path> ownPacks = ConcurrentHashMap.newKeySet();
    private final PackAppender appender;
    private final CacheWriter writer;
    private final AtomicBoolean oldEntriesGone = new AtomicBoolean();
    private volatile PackIndex index; // made by the first get, dropped by close

    /**
     * @param dir              the cache folder; entries go to {@code dir/formulas}, created on first write
     * @param rendererIdentity everything besides the TeX that changes the output, e.g.
     *                         {@link KatexRenderer#cacheIdentity()}
     */
    public FormulaCache(Path dir, String rendererIdentity) {
        this(dir, rendererIdentity, PackFolder.thisProcess(), false);
    }

    /** The same as another process would be: {@code owner} names its packs (tests). */
    FormulaCache(Path dir, String rendererIdentity, String owner, boolean behind) {
        this.dir = dir;
        this.rendererIdentity = rendererIdentity;
        this.folder = new PackFolder(dir.resolve(FOLDER), owner);
        this.appender = new PackAppender(folder, writeFailures, ownPacks::add);
        this.writer = behind ? CacheWriter.background(appender::flush) : CacheWriter.inline(appender::flush);
    }

    /**
     * A cache whose {@link #put} returns before the entry is on disk: one background thread writes
     * them (in memory they are there at once). For builds; {@link #close()} waits for the writes.
     */
    public static FormulaCache writingBehind(Path dir, String rendererIdentity) {
        return new FormulaCache(dir, rendererIdentity, PackFolder.thisProcess(), true);
    }

    /** The same as another process would be: {@code owner} names its packs (tests). */
    static FormulaCache writingBehind(Path dir, String rendererIdentity, String owner) {
        return new FormulaCache(dir, rendererIdentity, owner, true);
    }

    /** The content hash of one formula, as 64 hex digits. */
    public String key(String tex, boolean displayMode) {
        MessageDigest sha = PackFormat.sha256();
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
        Optional<RenderedMath> stored = index().body(key).flatMap(body -> {
            Optional<RenderedMath> math = decode(body);
            if (math.isEmpty()) {
                corruptEntries.incrementAndGet(); // passed its checksum, yet is no entry: written so by a bug
            }
            return math;
        });
        stored.ifPresent(math -> memory.put(key, math));
        return stored;
    }

    /**
     * Stores {@code math} under {@code key} (a {@link #key}). A formula stopped by the time limit stays
     * in memory only: on another run or machine it may well finish.
     */
    public void put(String key, RenderedMath math) {
        byte[] keyBytes = HexFormat.of().parseHex(key);
        RenderedMath previous = memory.put(key, math);
        if (math.equals(previous) || MathErrorBox.isTimeLimit(math)) {
            return; // two threads typeset it at once: one record is enough
        }
        if (!oldEntriesGone.getAndSet(true)) {
            writer.write(this::deleteOldEntries);
        }
        writer.write(() -> {
            try {
                appender.append(PackFormat.record(keyBytes, encode(math)));
            } catch (IOException e) {
                writeFailures.incrementAndGet();
            }
        });
    }

    /** Returns once every entry put so far is on disk (or failed to be written). */
    public void flush() {
        writer.flush();
    }

    /** Finishes writing the entries put so far, and closes the packs. */
    @Override
    public void close() {
        writer.close();
        appender.close();
        PackIndex indexed;
        synchronized (this) {
            indexed = index;
            index = null;
        }
        if (indexed != null) {
            indexed.close();
        }
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

    private PackIndex index() {
        PackIndex indexed = index;
        if (indexed != null) {
            return indexed;
        }
        synchronized (this) {
            if (index == null) {
                PackIndex made = new PackIndex(folder, ownPacks::contains, corruptEntries, PackIndex.RESCAN);
                if (made.scan() > PackCompactor.MAX_PACKS) {
                    writer.write(new PackCompactor(folder)::compactIfCrowded);
                }
                index = made;
            }
            return index;
        }
    }

    /**
     * {@code {"html": ..., "error": null or ...}}, read and written with the streaming parser and
     * generator: a warm build decodes every formula of the course, and as a JSON tree each cost an
     * object per field and more code for the JIT compiler to compile.
     */
    private Optional<RenderedMath> decode(byte[] body) {
        String html = null;
        String error = null;
        boolean errorSeen = false;
        try (JsonParser parser = json.getFactory().createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("html")) {
                    html = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                } else if (field.equals("error")) {
                    errorSeen = value == JsonToken.VALUE_NULL || value == JsonToken.VALUE_STRING;
                    error = value == JsonToken.VALUE_STRING ? parser.getText() : null;
                } else {
                    parser.skipChildren();
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        if (html == null || !errorSeen) {
            return Optional.empty();
        }
        return Optional.of(error == null ? RenderedMath.ok(html) : RenderedMath.failed(html, error));
    }

    private byte[] encode(RenderedMath math) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(math.html().length() + 32);
        try (JsonGenerator generator = json.getFactory().createGenerator(bytes)) {
            generator.writeStartObject();
            generator.writeStringField("html", math.html());
            if (math.error().isPresent()) {
                generator.writeStringField("error", math.error().get());
            } else {
                generator.writeNullField("error");
            }
            generator.writeEndObject();
        }
        return bytes.toByteArray();
    }

    /**
     * Deletes the entries of the format before packs, one file each in folders named by two hex
     * digits ({@code ab/<key>.formula}): nothing reads them any more.
     */
    private void deleteOldEntries() {
        try (DirectoryStream<Path> shards = Files.newDirectoryStream(dir, "[0-9a-f][0-9a-f]")) {
            for (Path shard : shards) {
                deleteOldShard(shard);
            }
        } catch (IOException e) {
            // no cache folder yet, or unreadable: nothing to tidy
        }
    }

    private static void deleteOldShard(Path shard) throws IOException {
        if (!Files.isDirectory(shard)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(shard)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.endsWith(".formula") || name.endsWith(".tmp")) {
                    Files.deleteIfExists(entry);
                }
            }
        }
        try {
            Files.delete(shard);
        } catch (IOException e) {
            // something else is in it: leave it
        }
    }
}
