package dev.lectern.site;

/**
 * The output folder asked for would overwrite or delete what is not Lectern's (the content, the
 * cache, a folder Lectern did not make): a usage error, found before anything is written.
 */
public final class UnsafeOutputException extends IllegalArgumentException {
    public UnsafeOutputException(String message) {
        super(message);
    }
}
