package dev.lectern.parse;

/**
 * A content file as read from disk: its path relative to the content root ({@code /} separators)
 * and its bytes, undecoded.
 */
public record ContentFile(String path, byte[] bytes) {

    /** The file name without folders and without {@code .md}. */
    public String baseName() {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }
}
