package dev.lectern.parse;

import dev.lectern.model.Block;
import dev.lectern.model.Checklist;
import dev.lectern.model.ChecklistSection;
import dev.lectern.model.FileReporter;
import dev.lectern.model.Heading;
import dev.lectern.model.Inline;
import dev.lectern.model.ListBlock;
import dev.lectern.model.ListItem;
import dev.lectern.model.Paragraph;
import dev.lectern.model.Part;
import dev.lectern.model.Rule;
import dev.lectern.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a checklists section ({@code ## Checklists}, {@code ## Planning Checklists}, any heading with the
 * word checklist): each part's items form a named checklist. Items are task items ({@code - [x] text},
 * nested ones too) or list items marked with a tick or a box ({@code - ✅ text}, {@code - ☐ text}).
 * <p>
 * What it cannot read is reported, never dropped silently ({@code unrecognised-checklist}): a list or
 * table in the section with no item it can read, a section with no items at all, and task items
 * elsewhere in a lesson (outside reviews), which no check verifies.
 */
final class ChecklistReader {
    private static final Pattern WORD = Pattern.compile("\\bchecklists?\\b");
    /** A tick or box that starts a plain list item, and whether it means done. */
    private static final Pattern MARK = Pattern.compile("^\\s*(✅|☑️?|✔️?|✓|☐|⬜|❌|✗|\\[\\s*[xX✓✔✅]\\s*]|\\[\\s*])\\s*");
    /** A box with something else in it ({@code [-]}, {@code [~]}, {@code [n/a]}): neither ticked nor open. */
    private static final Pattern OTHER_BOX = Pattern.compile("^\\s*\\[([^\\]\\s]{1,3}|n/a)]\\s");
    private static final String FORM = "'- [x] item' or '- [ ] item'";

    private final FileReporter reporter;

    ChecklistReader(FileReporter reporter) {
        this.reporter = reporter;
    }

    static boolean isChecklists(Inline heading) {
        return WORD.matcher(heading.name()).find();
    }

    ChecklistSection read(SplitDocument.Section section) {
        String name = section.heading().plain();
        List<Checklist> checklists = new ArrayList<>();
        boolean reported = checklists(new Part(section.line(), section.heading(), section.intro()), name, false,
                checklists);
        for (Part part : section.parts()) {
            reported |= checklists(part, name, true, checklists);
        }
        if (checklists.isEmpty() && !reported) {
            reporter.report(Rule.UNRECOGNISED_CHECKLIST, section.line(), 1, "'" + name + "' has no checklist items; "
                    + "write them as " + FORM + " under it for Lectern to verify them");
        }
        return new ChecklistSection(section.line(), section.heading(), section.intro(), section.parts(), checklists);
    }

    /**
     * The checklists of a part: its items, named by the part's heading, or by a deeper heading or a name in
     * bold ({@code **Prerequisite Audit**}) above them. Whether it reported a block it could not read.
     *
     * @param section  the checklists section's name, where the part's problems are said to be
     * @param named    whether a checklist's name follows the section's there ({@code Checklists › Name});
     *                 not for the section's own intro
     */
    private boolean checklists(Part part, String section, boolean named, List<Checklist> out) {
        boolean reported = false;
        Inline name = part.heading();
        int line = part.line();
        List<Block> group = new ArrayList<>();
        for (Block block : part.blocks()) {
            Optional<Inline> subName = block instanceof Heading h ? Optional.of(h.text())
                    : OutlineParts.boldLine(block).map(phrase -> new Inline(phrase, block.line()));
            if (subName.isPresent()) {
                reported |= checklist(line, name, group, where(section, named, name), out);
                name = subName.get();
                line = block.line();
                group = new ArrayList<>();
            } else {
                group.add(block);
            }
        }
        return reported | checklist(line, name, group, where(section, named, name), out);
    }

    private static String where(String section, boolean named, Inline name) {
        return named ? section + " › " + name.plain() : section;
    }

    private boolean checklist(int line, Inline name, List<Block> blocks, String where, List<Checklist> out) {
        List<Checklist.Item> items = new ArrayList<>();
        boolean reported = items(blocks, where, items);
        if (!items.isEmpty()) {
            out.add(new Checklist(line, name, items));
        }
        return reported;
    }

    /**
     * Reports task items in blocks outside a checklists section ({@code where} names the place): Lectern
     * verifies only the checklists section's items.
     */
    void reportElsewhere(List<Block> blocks, String where) {
        for (Block block : blocks) {
            if (block instanceof ListBlock list) {
                List<Checklist.Item> tasks = new ArrayList<>();
                tasks(list, tasks, new ArrayList<>());
                if (!tasks.isEmpty()) {
                    reporter.report(Rule.UNRECOGNISED_CHECKLIST, tasks.get(0).line(), Math.max(tasks.get(0).text().column(), 1), tasks.size() + " checklist item"
                            + (tasks.size() == 1 ? "" : "s") + " under '" + where + "' are not verified: Lectern reads "
                            + "checklists from a section whose heading says Checklists");
                }
            }
        }
    }

    /** Adds the items of {@code blocks} to {@code items}; whether it reported a block it could not read. */
    private boolean items(List<Block> blocks, String where, List<Checklist.Item> items) {
        boolean reported = false;
        for (Block block : blocks) {
            if (block instanceof ListBlock list) {
                int before = items.size();
                List<Inline> odd = new ArrayList<>();
                tasks(list, items, odd);
                odd.forEach(item -> reporter.report(Rule.UNRECOGNISED_CHECKLIST, item.line(), Math.max(item.column(), 1), "'" + item.markdown()
                        .strip().split("\\s")[0] + "' marks the item neither ticked ([x]) nor open ([ ]); it is not verified"));
                if (items.size() == before && odd.isEmpty()) {
                    reporter.report(Rule.UNRECOGNISED_CHECKLIST, list.line(), 1, "a list under '" + where + "' whose "
                            + "items are not checklist items; write them as " + FORM + " for Lectern to verify them");
                    reported = true;
                }
            } else if (block instanceof Table table) {
                reporter.report(Rule.UNRECOGNISED_CHECKLIST, table.line(), 1, "a table under '" + where + "' is not "
                        + "read as a checklist; write its items as " + FORM + " for Lectern to verify them");
                reported = true;
            }
        }
        return reported;
    }

    /** The list's checklist items, nested ones after their parent, in document order; items in an odd box to {@code odd}. */
    private static void tasks(ListBlock list, List<Checklist.Item> items, List<Inline> odd) {
        for (ListItem item : list.items()) {
            Inline text = Paragraph.first(item.blocks()).orElse(Inline.empty(item.line()));
            if (item.task() != ListItem.TaskMark.NONE) {
                items.add(new Checklist.Item(item.line(), text, item.task() == ListItem.TaskMark.DONE));
            } else {
                Optional<Checklist.Item> marked = marked(item.line(), text);
                marked.ifPresent(items::add);
                if (marked.isEmpty() && OTHER_BOX.matcher(text.markdown()).lookingAt()) {
                    odd.add(text);
                }
            }
            for (Block inner : item.blocks()) {
                if (inner instanceof ListBlock nested) {
                    tasks(nested, items, odd);
                }
            }
        }
    }

    /** {@code ✅ text} as a ticked item, {@code ☐ text} as an unticked one. */
    private static Optional<Checklist.Item> marked(int line, Inline text) {
        Matcher mark = MARK.matcher(text.markdown());
        if (!mark.find()) {
            return Optional.empty();
        }
        String box = mark.group(1).replace(" ", "");
        boolean done = switch (box) {
            case "☐", "⬜", "❌", "✗", "[]" -> false;
            default -> true;
        };
        return Optional.of(new Checklist.Item(line, new Inline(text.markdown().substring(mark.end()), text.line(),
                text.columnAt(mark.end()), text.indent()), done));
    }
}
