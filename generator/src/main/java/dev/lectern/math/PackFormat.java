package dev.lectern.math;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * One record of a formula pack, as bytes. A pack is records back to back, nothing else:
 *
 * <pre>
 * offset size
 *  0      4   magic "LFPK"
 *  4      1   format version (1)
 *  5      32  key: the formula's sha-256 ({@link FormulaCache#key})
 * 37      4   body length, big-endian
 * 41      32  sha-256 of the body
 * 73      4   CRC32C of bytes 0-72
 * 77      -   body: {"html":...,"error":...} in UTF-8
 * </pre>
 *
 * The header has its own check, so a scan can trust a length and skip the body unread; the body's
 * sha-256 is checked when it is read. A record is position-independent: compaction copies it as is.
 */
final class PackFormat {

    static final int HEADER = 77;
    /** Bounds what a header (that passed its CRC) may make a reader allocate. */
    static final int MAX_BODY = 1 << 28;
    static final byte[] MAGIC = {'L', 'F', 'P', 'K'};
    static final byte VERSION = 1;

    private static final int KEY = 32;
    private static final int KEY_AT = 5;
    private static final int LENGTH_AT = 37;
    private static final int SHA_AT = 41;
    private static final int CRC_AT = 73;

    private PackFormat() {
    }

    /** A record's header: which formula, and how long its body is. */
    record Header(byte[] key, int bodyLength, byte[] bodySha) {

        long recordLength() {
            return HEADER + (long) bodyLength;
        }
    }

    /** The whole record for {@code key} (32 bytes) and {@code body}. */
    static byte[] record(byte[] key, byte[] body) {
        if (key.length != KEY) {
            throw new IllegalArgumentException("a key is 32 bytes, not " + key.length);
        }
        ByteBuffer record = ByteBuffer.allocate(HEADER + body.length);
        record.put(MAGIC).put(VERSION).put(key).putInt(body.length).put(sha256(body));
        record.putInt((int) crc(record.array()));
        record.put(body);
        return record.array();
    }

    /**
     * The header in {@code bytes} at {@code at} (HEADER bytes must be there); empty when it is not a
     * header of this format or fails its check.
     */
    static Optional<Header> header(byte[] bytes, int at) {
        for (int i = 0; i < MAGIC.length; i++) {
            if (bytes[at + i] != MAGIC[i]) {
                return Optional.empty();
            }
        }
        ByteBuffer header = ByteBuffer.wrap(bytes, at, HEADER).slice();
        if (header.get(MAGIC.length) != VERSION || header.getInt(CRC_AT) != (int) crc(bytes, at)) {
            return Optional.empty();
        }
        int length = header.getInt(LENGTH_AT);
        if (length < 0 || length > MAX_BODY) {
            return Optional.empty();
        }
        return Optional.of(new Header(Arrays.copyOfRange(bytes, at + KEY_AT, at + KEY_AT + KEY), length,
                Arrays.copyOfRange(bytes, at + SHA_AT, at + SHA_AT + KEY)));
    }

    /** Whether {@code bytes[at, at + length)} is the body {@code header} describes. */
    static boolean bodyMatches(Header header, byte[] bytes, int at, int length) {
        if (length != header.bodyLength()) {
            return false;
        }
        MessageDigest sha = sha256();
        sha.update(bytes, at, length);
        return MessageDigest.isEqual(sha.digest(), header.bodySha());
    }

    /** Where the magic starts in {@code bytes[from, to)}, or -1. */
    static int findMagic(byte[] bytes, int from, int to) {
        for (int i = from; i + MAGIC.length <= to; i++) {
            if (bytes[i] == MAGIC[0] && bytes[i + 1] == MAGIC[1] && bytes[i + 2] == MAGIC[2] && bytes[i + 3] == MAGIC[3]) {
                return i;
            }
        }
        return -1;
    }

    private static long crc(byte[] bytes) {
        return crc(bytes, 0);
    }

    private static long crc(byte[] bytes, int at) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, at, CRC_AT);
        return crc.getValue();
    }

    static byte[] sha256(byte[] bytes) {
        return sha256().digest(bytes);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
