package dev.lectern.model;

/**
 * One block of lesson content: a closed set, so every stage handles every kind.
 * {@link #kind()} names the variant for templates, which dispatch on it.
 */
public sealed interface Block
        permits Paragraph, ListBlock, CodeBlock, Quote, ThematicBreak, RawHtml, MathBlock, Heading, Table, TypedTable,
        Component {

    /** 1-based source line where the block starts. */
    int line();

    /** The variant's name for templates: {@code paragraph}, {@code gradient-card}, ... */
    String kind();
}
