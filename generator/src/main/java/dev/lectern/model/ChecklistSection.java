package dev.lectern.model;

import java.util.List;

/** {@code ## Checklists}: named lists of items a planner ticks. */
public record ChecklistSection(int line, Inline heading, List<Block> intro, List<Part> parts,
                               List<Checklist> checklists) implements Section {
    public ChecklistSection {
        intro = List.copyOf(intro);
        parts = List.copyOf(parts);
        checklists = List.copyOf(checklists);
    }

    @Override
    public String kind() {
        return "checklists";
    }
}
