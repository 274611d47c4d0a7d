package dev.lectern.model;

/** Where a stage reports content problems; stages never throw for bad content. */
@FunctionalInterface
public interface DiagnosticSink {
    void report(Diagnostic diagnostic);

    /** A sink bound to one file, so parsers need only say where in it. */
    default FileReporter forFile(String file) {
        return new FileReporter(file, this);
    }
}
