package dev.lectern.model;

import java.util.List;
import java.util.Optional;

/** {@code module-N-M/record.md}: what the module actually taught, as its Concept Index. */
public record ModuleRecord(String file, String moduleId, Optional<Inline> title, List<ConceptEntry> concepts,
                           List<Section> sections, List<LinkDefinition> links) {
    public ModuleRecord {
        links = List.copyOf(links);
        concepts = List.copyOf(concepts);
        sections = List.copyOf(sections);
    }

    /**
     * A Concept Index row. {@code name} is the concept cell without the parenthesised explanation
     * that usually follows it; {@code lessons} the lessons the {@code lesson} cell names (usually one
     * slug; a position such as {@code 7.1.1} is resolved through the module plan when checked).
     */
    public record ConceptEntry(int line, String name, Inline concept, Optional<Depth> depth, Inline depthText,
                               List<LessonRef> lessons, Inline lesson, Inline notes) {
        public ConceptEntry {
            lessons = List.copyOf(lessons);
        }
    }
}
