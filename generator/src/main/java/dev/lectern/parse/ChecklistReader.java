package dev.lectern.parse;

import dev.lectern.model.Block;
import dev.lectern.model.Checklist;
import dev.lectern.model.ChecklistSection;
import dev.lectern.model.Inline;
import dev.lectern.model.ListBlock;
import dev.lectern.model.ListItem;
import dev.lectern.model.Paragraph;
import dev.lectern.model.Part;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads {@code ## Checklists}: each part's task items ({@code - [x] text}) form a named checklist. */
final class ChecklistReader {

    static boolean isChecklists(Inline heading) {
        String name = heading.plain().toLowerCase(Locale.ROOT);
        return name.startsWith("checklist") || name.startsWith("planning checklist");
    }

    ChecklistSection read(SplitDocument.Section section) {
        List<Checklist> checklists = new ArrayList<>();
        List<Checklist.Item> introItems = items(section.intro());
        if (!introItems.isEmpty()) {
            checklists.add(new Checklist(section.line(), section.heading(), introItems));
        }
        for (Part part : section.parts()) {
            List<Checklist.Item> items = items(part.blocks());
            if (!items.isEmpty()) {
                checklists.add(new Checklist(part.line(), part.heading(), items));
            }
        }
        return new ChecklistSection(section.line(), section.heading(), section.intro(), section.parts(), checklists);
    }

    private static List<Checklist.Item> items(List<Block> blocks) {
        List<Checklist.Item> items = new ArrayList<>();
        for (Block block : blocks) {
            if (block instanceof ListBlock list) {
                for (ListItem item : list.items()) {
                    if (item.task() != ListItem.TaskMark.NONE) {
                        Inline text = item.blocks().stream().filter(Paragraph.class::isInstance)
                                .map(b -> ((Paragraph) b).text()).findFirst().orElse(Inline.empty(item.line()));
                        items.add(new Checklist.Item(item.line(), text, item.task() == ListItem.TaskMark.DONE));
                    }
                }
            }
        }
        return items;
    }
}
