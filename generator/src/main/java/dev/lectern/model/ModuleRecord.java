package dev.lectern.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code module-N-M/record.md}: what the module actually taught, as its Concept Index, its summary of each
 * lesson by slug, and the review verdicts those summaries give.
 */
public record ModuleRecord(String file, String moduleId, Optional<Inline> title, List<ConceptEntry> concepts,
                           List<RecordedVerdict> verdicts, Map<String, Part> summaries, List<Section> sections,
                           List<LinkDefinition> links) {
    public ModuleRecord {
        summaries = Collections.unmodifiableMap(new LinkedHashMap<>(summaries));
        links = List.copyOf(links);
        concepts = List.copyOf(concepts);
        verdicts = List.copyOf(verdicts);
        sections = List.copyOf(sections);
    }

    /**
     * A review verdict the record gives a lesson, under a heading that starts with its slug: {@code **Status:** Built,
     * reviewed (PASS on iteration 2)}, or a line of its review history, {@code - Iteration 1: MAJOR REVISION--...}.
     */
    public record RecordedVerdict(int line, String slug, int iteration, Verdict.Kind kind) {
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
