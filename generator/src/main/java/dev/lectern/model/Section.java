package dev.lectern.model;

import java.util.List;

/**
 * A top-level section ({@code ##}) of a lesson specification: one of the kinds Lectern knows, or a
 * plain section kept as written. Every section has blocks before its first subsection and parts.
 */
public sealed interface Section permits PhaseSection, ReviewSection, ChecklistSection, PlainSection {

    int line();

    Inline heading();

    /** Blocks between the heading and the first subsection. */
    List<Block> intro();

    List<Part> parts();

    /** The variant's name for templates. */
    String kind();
}
