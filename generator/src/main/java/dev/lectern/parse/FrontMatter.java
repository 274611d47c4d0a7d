package dev.lectern.parse;

/**
 * A lesson's YAML front matter: the lines between a {@code ---} on the file's first line and the
 * next {@code ---} line. YAML line 1 is file line 2.
 */
record FrontMatter(String yaml) {
    static final int FIRST_LINE = 2;

    int fileLine(int yamlLine) {
        return yamlLine + FIRST_LINE - 1;
    }
}
