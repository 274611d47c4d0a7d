package dev.lectern.parse;

import dev.lectern.model.Block;
import dev.lectern.model.Callout;
import dev.lectern.model.CalloutType;
import dev.lectern.model.CardGrid;
import dev.lectern.model.ComparisonRow;
import dev.lectern.model.Component;
import dev.lectern.model.FileReporter;
import dev.lectern.model.GradientCard;
import dev.lectern.model.Inline;
import dev.lectern.model.ListBlock;
import dev.lectern.model.ListItem;
import dev.lectern.model.MathBlock;
import dev.lectern.model.PaletteColor;
import dev.lectern.model.Paragraph;
import dev.lectern.model.Quote;
import dev.lectern.model.RawHtml;
import dev.lectern.model.Rule;
import dev.lectern.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Recognises components written in the seed's prose convention inside a lesson outline: a
 * paragraph or list item starting with a component name, an optional {@code (colour)} and a colon.
 * Also turns a line that is a plain-text equation into a formula. Outside the outline the names
 * are only mentioned, so this runs on the outline alone.
 */
final class ProseComponents {
    private static final String CALLOUT_NAMES = Stream.of(CalloutType.values()).map(CalloutType::componentName)
            .collect(Collectors.joining("|"));
    private static final List<String> COMPONENT_NAMES = Stream.concat(Stream.of(CalloutType.values())
            .map(CalloutType::componentName), Stream.of("GradientCard", "PhaseCard", "ComparisonRow")).toList();
    /** Every component's name, as a regular expression's alternatives. */
    private static final String ANY_NAME = String.join("|", COMPONENT_NAMES);
    /** {@code GradientCard grid:} (its colon or a dash may go), {@code PhaseCard sequence:}, {@code GradientCards for ...:}. */
    private static final Pattern GRID = Pattern.compile("^(?:(GradientCard|PhaseCard)\\b[^:\\n]*\\b(?:grid|sequence)\\b[^:\\n]*:?"
            + "|(GradientCard|PhaseCard)s\\b[^:\\n]*:)\\s*$");
    private static final Pattern CARD = Pattern.compile(
            "^(GradientCard|PhaseCard)\\s*(?:\\d+\\s*)?(?:\\(\\s*(?:colou?r\\s*[:=]\\s*)?([A-Za-z-]+)\\s*\\))?\\s*(?::|--|—|–)\\s*(.*)$", Pattern.DOTALL);
    /**
     * {@code ComparisonRow: Left vs Right} (or after a dash), or the name alone ({@code ComparisonRow:},
     * {@code **ComparisonRow**}) or with a title ({@code ComparisonRow: Title}, group 3) above a table; a colon may
     * end it, as a line that introduces a table.
     */
    private static final Pattern COMPARISON = Pattern.compile(
            "^ComparisonRow\\s*(?:(?::|--|—|–)\\s*(?:(.+?)\\s+(?:vs\\.?|versus)\\s+(.+?)|(.+?))?)?:?\\s*$");
    private static final Pattern CALLOUT = Pattern.compile(
            "^(" + CALLOUT_NAMES + ")((?:\\s+[\\w-]+){0,3}?)\\s*(?:\\([^()\\n]*\\))?\\s*(?::|(?:--|—|–)\\s|(?<=\\s)(?=[\"“„«]))\\s*(.*)$",
            Pattern.DOTALL);
    /** A colour as a card's header writes it: a word, or a palette colour and the hue it is a shade of ({@code sky blue}). */
    private static final String COLOR = "[A-Za-z-]+|(?i:" + Stream.of(PaletteColor.values()).map(PaletteColor::cssName)
            .collect(Collectors.joining("|")) + ") [A-Za-z]+";
    /** The quotes a card title may be written in, opening or closing. */
    private static final String QUOTES = "\"“”„«»";
    private static final Pattern ANY_QUOTE = Pattern.compile("[" + QUOTES + "]");

    /**
     * A card of a grid or sequence: {@code **Title** (colour) -- text}, the title also in italics or quotes
     * ({@code "Title" -- text}), the colour also first: {@code (blue) **Title** -- text}.
     */
    private static final Pattern GRID_ITEM = Pattern.compile("^(?:\\(\\s*(?<before>" + COLOR + ")\\s*\\)\\s*)?"
            + "(?:\\*\\*(?<bold>.+?):?\\*\\*|\\*(?<italic>[^*\\n]+?)\\*|_(?<under>[^_\\n]+?)_|\"(?<quoted>[^\"\\n]+)\""
            + "|“(?<curly>[^”\\n]+)”)\\s*(?:\\(\\s*(?<after>" + COLOR + ")\\s*\\))?\\s*(?:--|—|–|:)?\\s*(?<text>.*)$",
            Pattern.DOTALL);
    /** A header in bold: {@code **WarningBlock: "Title."** text}, {@code **GradientCard 1 (blue): "Title"**}. */
    private static final Pattern BOLD_HEADER = Pattern.compile(
            "^\\*\\*((?:" + ANY_NAME + ")\\b[^*\\n]*?)\\*\\*", Pattern.DOTALL);
    private static final Pattern DESCRIBED_SIDE = Pattern.compile("^([^(]+?)\\s*\\((.+)\\)\\.?$");
    /** How far into a paragraph a name is looked for after a lead: a note's 50 characters or a bold title's 60, then the name. */
    private static final int LEAD = 84;
    /**
     * A component named in parentheses after a title in bold: {@code **A vs B (ComparisonRow):**},
     * {@code **Note (WarningBlock: "Title"):**}; after a dash in them, the author's note.
     */
    private static final Pattern PARENTHESISED = Pattern.compile("^\\*\\*(?<before>[^*()\\n]{1,60}?)\\s*\\((?<name>" + ANY_NAME
            + ")(?<inner>\\s*(?::|--|—|–)[^()\\n]*)?\\)\\s*:?\\s*\\*\\*\\s*:?");
    /** An author's note and a colon before a name: {@code Address Misconception #3: ComparisonRow}, {@code **Note:** WarningBlock}. */
    private static final Pattern NOTE = Pattern.compile("^(?:\\*\\*[^*\\n]{1,50}?(?::\\*\\*|\\*\\*:)|[^:*\\n]{1,50}?:)\\s+"
            + "(?=(?:\\*\\*)?(?:" + ANY_NAME + ")\\b)");
    /** Up to four words before a name: a count ({@code Two GradientCards:}) or a title ({@code Level 3 GradientCard}). */
    private static final Pattern WORDS = Pattern.compile("^(?<words>(?<first>[\\p{L}\\d#'-]+)(?:[ \\t]+[\\p{L}\\d#'-]+){0,3}[ \\t]+)"
            + "(?<name>" + ANY_NAME + ")(?<plural>s)?\\b");
    /** A count, which says how many cards follow or what is in them ({@code Three-item}): for the author, left out. */
    private static final Pattern COUNT = Pattern.compile("(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|several|multiple|\\d+)(?:-[a-z]+)?", Pattern.CASE_INSENSITIVE);
    /** Words that each start with a capital or a digit ({@code Level 3}): a title. */
    private static final Pattern TITLE_WORDS = Pattern.compile("(?:[\\p{Lu}\\d#][\\p{L}\\d#'-]*[ \\t]+)+");
    /** Two sides in a title: {@code IP-Adapter vs LoRA}. */
    private static final Pattern VERSUS = Pattern.compile("^(.+?)\\s+(?:vs\\.?|versus)\\s+(.+)$");
    /** A comparison's side as a list item: {@code LoRA: text}, {@code **LoRA:** text}. */
    private static final Pattern LABELLED = Pattern.compile("^(?:\\*\\*(?<bold>[^*\\n]{1,40}?):?\\*\\*:?|(?<plain>[^:*\\n]{1,40}?):)"
            + "\\s+(?<text>\\S.*)$", Pattern.DOTALL);
    /** What reads as a component header that none of the forms above matched: reported, shown as text. */
    private static final Pattern LOOKS_LIKE_HEADER = Pattern.compile(
            "^(" + CALLOUT_NAMES + "|GradientCards?|PhaseCards?|ComparisonRows?)\\b(?:[^:\\n]{0,40}?(?::|\\s(?:--|—|–)\\s)|\\s*$)");
    /** A paragraph that opens with a component's name and goes on in words: {@code ModuleCompleteBlock listing the lessons}. */
    private static final Pattern NAME_THEN_WORDS = Pattern.compile("^(" + CALLOUT_NAMES
            + "|GradientCard|PhaseCard|ComparisonRow)\\s+(?:[+&]|and\\b|[a-z])"); // a plural names them in a note
    /** A later line of a paragraph that starts with a component's name (perhaps in bold), then within a few words a colon. */
    private static final Pattern COMPONENT_LINE = Pattern.compile("(?<=\n)(?=(?:\\*\\*)?(?:" + ANY_NAME + ")\\b[^:\n]{0,40}:)");
    /** One CamelCase word opening a header (in bold or not), its colour or note, then a colon or dash: a name, maybe misspelt. */
    private static final Pattern NAMED_HEADER = Pattern.compile(
            "^(?:\\*\\*)?([A-Z][a-z]+[A-Z][A-Za-z]+)\\s*(?:\\([^()\\n]*\\)\\s*)?(?::|--|—|–)");
    /** A component's name as authors also spell it: {@code Insight Block}, {@code insightblock}. */
    private static final Pattern NAME_SPELLING = Pattern.compile("^(" + COMPONENT_NAMES.stream()
            .map(name -> name.replaceAll("(?<=[a-z])(?=[A-Z])", " ?")).collect(Collectors.joining("|")) + ")(?=s?\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ALERT = Pattern.compile("^\\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)]\\s*",
            Pattern.CASE_INSENSITIVE);
    /** A component written as the lesson's JSX: {@code <GradientCard color="blue">}. */
    private static final Pattern JSX = Pattern.compile("^\\s*<(" + ANY_NAME + ")\\b");
    /** A callout title in bold: {@code **Two Teachers.** text}. */
    private static final Pattern BOLD_TITLE = Pattern.compile("^\\*\\*([^*\\n]+?)\\.?\\*\\*\\.?\\s+");
    /**
     * A callout title as a phrase of up to three words in lower case, then a sentence: {@code ConstraintBlock: scope
     * boundaries. This lesson does not cover ...}.
     */
    private static final Pattern PHRASE_TITLE = Pattern.compile("^([a-z][a-z-]*(?: [a-z][a-z-]*){0,2})\\.\\s+(?=\\p{Lu})");
    private static final Pattern TITLE_DASH = Pattern.compile("\\s+(?:--|—|–)\\s+");

    private final FileReporter reporter;
    private final Function<String, Optional<String>> equationToTex;

    ProseComponents(FileReporter reporter, Function<String, Optional<String>> equationToTex) {
        this.reporter = reporter;
        this.equationToTex = equationToTex;
    }

    List<Block> recognise(List<Block> written) {
        List<Block> blocks = new ArrayList<>();
        for (Block block : written) {
            blocks.addAll(block instanceof Paragraph paragraph ? atComponentLines(paragraph) : List.of(block));
        }
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            if (block instanceof Paragraph paragraph) {
                Consumed consumed = paragraph(paragraph, next);
                out.addAll(consumed.blocks());
                if (consumed.usedNext()) {
                    i++;
                }
            } else if (block instanceof ListBlock list) {
                out.addAll(list(list));
            } else if (block instanceof Quote quote) {
                out.add(alert(quote).orElseGet(() -> new Quote(quote.line(), recognise(quote.blocks()))));
            } else if (block instanceof RawHtml html) {
                reportJsx(html);
                out.add(block);
            } else {
                out.add(block);
            }
        }
        return out;
    }

    /**
     * The paragraph cut before each later line that starts with a component's name and a colon: callouts
     * written one a line, with no blank line between them, are each a component, not text of the first.
     */
    private static List<Block> atComponentLines(Paragraph paragraph) {
        Inline text = paragraph.text();
        if (text.markdown().indexOf('\n') < 0) {
            return List.of(paragraph); // most paragraphs: one line, no later line to start a component
        }
        Matcher line = COMPONENT_LINE.matcher(text.markdown());
        if (!line.find()) {
            return List.of(paragraph);
        }
        List<Block> parts = new ArrayList<>();
        int start = 0;
        do {
            parts.add(new Paragraph(text.slice(start, line.start())));
            start = line.start();
        } while (line.find());
        parts.add(new Paragraph(text.slice(start, text.markdown().length())));
        return parts;
    }

    /** The blocks a paragraph becomes, and whether it took the block after it (a list or table). */
    private record Consumed(List<Block> blocks, boolean usedNext) {
        Consumed {
            blocks = List.copyOf(blocks);
        }

        Consumed(Block block, boolean usedNext) {
            this(List.of(block), usedNext);
        }
    }

    /**
     * A paragraph read as a component's header: {@code header} is its text with the name in its own spelling and
     * without the bold around the name ({@code boldEnd}, where the bold closed in {@code spelled}; -1 if none), so
     * each part of it is placed back in the source as written.
     */
    private record Header(Inline source, String spelled, int boldEnd) {
        /** The place of {@code text}, found at {@code index} of the header, in the source. */
        Inline at(String text, int index) {
            return source.at(text, sourceIndex(index));
        }

        int column(int index) {
            return source.columnAt(sourceIndex(index));
        }

        /** The header's {@code index} in the source: past the bold's marks, and a name respelled shorter or longer. */
        private int sourceIndex(int index) {
            int spelledIndex = boldEnd < 0 ? index : index < boldEnd - 4 ? index + 2 : index + 4;
            return index == 0 ? spelledIndex : spelledIndex + source.markdown().length() - spelled.length();
        }
    }

    private Consumed paragraph(Paragraph paragraph, Block next) {
        Inline text = paragraph.text();
        if (!text.markdown().contains("\n")) {
            Optional<MathBlock> formula = equation(text);
            if (formula.isPresent()) {
                return new Consumed(formula.get(), false);
            }
        }
        return header(text, next, true).orElseGet(() -> new Consumed(withEquationLines(paragraph), false));
    }

    /**
     * The paragraph with each of its lines that is a plain-text equation as a formula of its own, the text
     * around it paragraphs ({@code Formula:}, then {@code L_CD = d(f_theta(...), ...)} on the next line).
     */
    private List<Block> withEquationLines(Paragraph paragraph) {
        Inline text = paragraph.text();
        String markdown = text.markdown();
        if (markdown.indexOf('\n') < 0 || markdown.indexOf('=') < 0 && markdown.indexOf('≈') < 0) {
            return List.of(paragraph);
        }
        List<Block> blocks = new ArrayList<>();
        int textStart = 0;
        for (int start = 0; start < markdown.length(); ) {
            int end = markdown.indexOf('\n', start);
            end = end < 0 ? markdown.length() : end;
            Optional<MathBlock> formula = equation(text.slice(start, end));
            if (formula.isPresent()) {
                if (!markdown.substring(textStart, start).isBlank()) {
                    blocks.add(new Paragraph(text.slice(textStart, start)));
                }
                blocks.add(formula.get());
                textStart = end + 1;
            }
            start = end + 1;
        }
        if (blocks.isEmpty()) {
            return List.of(paragraph);
        }
        if (textStart < markdown.length() && !markdown.substring(textStart).isBlank()) {
            blocks.add(new Paragraph(text.slice(textStart, markdown.length())));
        }
        return blocks;
    }

    /** The line as a formula, when it is a plain-text equation (which has an {@code =} or {@code ≈}). */
    private Optional<MathBlock> equation(Inline line) {
        String markdown = line.markdown();
        if (markdown.indexOf('=') < 0 && markdown.indexOf('≈') < 0) {
            return Optional.empty();
        }
        return equationToTex.apply(markdown).map(tex -> new MathBlock(line.line(), tex, markdown,
                MathBlock.Origin.PLAIN_EQUATION, line.line(), line.column()));
    }

    /**
     * The component {@code text} is the header of, with the block after it where it takes that; empty for text, which is
     * reported where it reads like a header Lectern cannot read. {@code lookPastLead}: whether to look for a name after an
     * author's note, a count or a title in bold too (not again in the text after them).
     */
    private Optional<Consumed> header(Inline text, Block next, boolean lookPastLead) {
        String markdown = text.markdown();
        int line = text.line();
        String spelled = canonicalName(markdown.replace('\u00a0', ' ')); // a respelled name shifts later columns
        Matcher bold = BOLD_HEADER.matcher(spelled);
        boolean inBold = bold.lookingAt();
        String header = inBold ? bold.group(1) + spelled.substring(bold.end()) : spelled;
        Header place = new Header(text, spelled, inBold ? bold.end() : -1);
        Matcher grid = GRID.matcher(header);
        if (grid.matches() && next instanceof ListBlock list) {
            String name = grid.group(1) != null ? grid.group(1) : grid.group(2);
            return Optional.of(new Consumed(new CardGrid(line, list.items().stream().map(item -> gridCard(item, name)).toList()),
                    true));
        }
        Matcher comparison = COMPARISON.matcher(header);
        if (comparison.matches() && next instanceof Table table) {
            Optional<Inline> title = comparison.group(3) == null ? Optional.empty()
                    : Optional.of(title(comparison, 3, place));
            return Optional.of(new Consumed(ComparisonTables.read(line, title, table, title(comparison, 1, place), "",
                    title(comparison, 2, place), ""), true));
        }
        if (comparison.matches() && comparison.group(1) != null && !header.contains("\n")) {
            return Optional.of(new Consumed(new ComparisonRow(line, Optional.empty(), side(comparison, 1, place),
                    side(comparison, 2, place)), false));
        }
        Matcher boldCard = inBold ? CARD.matcher(bold.group(1)) : null;
        if (boldCard != null && boldCard.matches() && !boldCard.group(3).isBlank()) {
            // the title in bold, then the card's text: **GradientCard (violet): Title** -- text
            String after = spelled.substring(bold.end()).replaceFirst("^\\s*(?:--|—|–|:)?\\s*", "");
            return Optional.of(card(boldCard, place, next, after.isBlank() ? null
                    : place.at(after.strip(), header.length() - after.length() + after.indexOf(after.strip()))));
        }
        Matcher card = CARD.matcher(header);
        if (card.matches()) {
            return Optional.of(card(card, place, next, null));
        }
        Matcher callout = CALLOUT.matcher(header);
        if (callout.matches()) {
            return Optional.of(callout(callout, place, next));
        }
        if (lookPastLead && namesEarly(markdown)) {
            Optional<Consumed> later = pastLead(text, next);
            if (later.isPresent()) {
                return later;
            }
        }
        reportUnread(header, place, lookPastLead);
        return Optional.empty();
    }

    /**
     * Reports a header that reads like a component's, or a misspelt one's, but in no form read above; and a paragraph
     * that opens ({@code atStart}: not after an author's note) with a name, then words.
     */
    private void reportUnread(String header, Header place, boolean atStart) {
        int line = place.source().line();
        Matcher almost = LOOKS_LIKE_HEADER.matcher(header);
        Matcher instruction = NAME_THEN_WORDS.matcher(header);
        if (almost.lookingAt()) {
            reporter.report(Rule.UNRECOGNISED_COMPONENT, line, place.column(0), "'" + almost.group() + "' reads like the start of a "
                    + almost.group(1) + " but is not one Lectern reads (" + expectedForm(almost.group(1)) + "); it is shown as text");
        } else if (atStart && instruction.lookingAt()) {
            // an instruction to whoever builds the lesson, most often: students would read it as it stands
            String name = instruction.group(1);
            String line1 = header.lines().findFirst().orElse(header);
            reporter.report(Rule.UNRECOGNISED_COMPONENT, line, place.column(0), "'" + (line1.length() > 60
                    ? line1.substring(0, 57) + "..." : line1) + "' names a " + name + " but is not one ("
                    + expectedForm(name) + "); it is shown as text");
        } else {
            Matcher named = NAMED_HEADER.matcher(header);
            // a name one or two letters from a component's (InsightBlok); an exact name was read, or reported, before
            Optional<String> meant = named.lookingAt() ? Typos.closest(named.group(1), COMPONENT_NAMES) : Optional.empty();
            meant.ifPresent(name -> reporter.report(Rule.UNRECOGNISED_COMPONENT, line, place.column(named.start(1)), "'" + named.group(1)
                    + "' is not a component: a misspelt " + name + "? (" + expectedForm(name) + "); it is shown as text"));
        }
    }

    /** Whether a component's name may start in the paragraph's first {@link #LEAD} characters: a cheap test before the patterns. */
    private static boolean namesEarly(String markdown) {
        String lead = markdown.length() > LEAD ? markdown.substring(0, LEAD) : markdown;
        return lead.contains("Block") || lead.contains("Card") || lead.contains("ComparisonRow");
    }

    /**
     * A component named after the paragraph's first words: after an author's note and a colon
     * ({@code Address Misconception #3: ComparisonRow: A vs B}), a count ({@code Two GradientCards:},
     * {@code Three-item GradientCard:}) or a title ({@code Level 3 GradientCard (violet): "Bypass"}), or in parentheses
     * after a title in bold. Notes and counts are for authors and left out; a title is kept ({@code Level 3: Bypass}).
     * Empty where none is read, and reported where the name starts a header Lectern cannot read.
     */
    private Optional<Consumed> pastLead(Inline text, Block next) {
        String markdown = text.markdown();
        Matcher parenthesised = PARENTHESISED.matcher(markdown);
        if (parenthesised.lookingAt()) {
            return parenthesised(text, parenthesised, next);
        }
        Matcher note = NOTE.matcher(markdown);
        if (note.lookingAt()) {
            return header(text.at(markdown.substring(note.end()), note.end()), next, false);
        }
        Matcher words = WORDS.matcher(markdown);
        if (!words.lookingAt()) {
            return Optional.empty();
        }
        int nameStart = words.start("name");
        Inline rest = text.at(markdown.substring(nameStart), nameStart);
        if (COUNT.matcher(words.group("first")).matches()) {
            return header(rest, next, false);
        }
        boolean titledCard = words.group("name").endsWith("Card") && words.group("plural") == null
                && TITLE_WORDS.matcher(words.group("words")).matches() && CARD.matcher(rest.markdown()).matches();
        if (titledCard) {
            Inline before = text.at(words.group("words").strip(), 0);
            return header(rest, next, false).map(read -> titled(read, before));
        }
        reportUnread(rest.markdown(), new Header(rest, rest.markdown(), -1), false);
        return Optional.empty();
    }

    /** The card read with the title written before its name ({@code Level 3}) first in its title. */
    private static Consumed titled(Consumed read, Inline before) {
        if (!(read.blocks().get(0) instanceof GradientCard card)) {
            return read;
        }
        Inline title = card.title().map(own -> before.at(before.markdown() + ": " + own.markdown(), 0)).orElse(before);
        List<Block> blocks = new ArrayList<>(read.blocks());
        blocks.set(0, new GradientCard(card.line(), card.componentName(), Optional.of(title), card.color(), card.body()));
        return new Consumed(blocks, read.usedNext());
    }

    /**
     * A component named in parentheses after a title in bold: {@code **Note (WarningBlock: "Title"):**} then its text,
     * the title in the parentheses or else the bold one; {@code **A vs B (ComparisonRow):**} alone on its line, then a
     * table or a list whose first two items are the sides. Cards are reported.
     */
    private Optional<Consumed> parenthesised(Inline text, Matcher header, Block next) {
        String name = header.group("name");
        String after = text.markdown().substring(header.end());
        Optional<CalloutType> type = CalloutType.byComponentName(name);
        if (type.isPresent()) {
            return Optional.of(parenthesisedCallout(text, header, type.get(), next));
        }
        Optional<Consumed> row = name.equals("ComparisonRow") && after.isBlank() ? parenthesisedRow(text, header, next)
                : Optional.empty();
        if (row.isEmpty()) {
            String expected = name.equals("ComparisonRow") ? "'**A vs B (ComparisonRow):**' alone on its line, then a table, "
                    + "or a list whose first two items read 'A: text' and 'B: text'" : expectedForm(name);
            reporter.report(Rule.UNRECOGNISED_COMPONENT, text.line(), text.columnAt(header.start("name")), "'(" + name
                    + ")' after a title in bold reads like a " + name + " but is not one Lectern reads (" + expected
                    + "); it is shown as text");
        }
        return row;
    }

    private Consumed parenthesisedCallout(Inline text, Matcher header, CalloutType type, Block next) {
        String inner = header.group("inner") == null ? "" : header.group("inner").strip();
        Inline title;
        if (inner.startsWith(":") && !inner.substring(1).isBlank()) {
            String written = inner.substring(1).strip();
            int start = header.start("inner") + header.group("inner").indexOf(written) + (isQuote(written.charAt(0)) ? 1 : 0);
            title = text.at(unquote(written).replaceFirst("\\.$", ""), start);
        } else {
            title = boldTitle(text, header);
        }
        String after = text.markdown().substring(header.end());
        return callout(text.line(), type, Optional.of(title), after.isBlank() ? Optional.empty()
                : Optional.of(text.at(after.strip(), header.end() + after.indexOf(after.strip()))), next);
    }

    /**
     * The comparison of {@code **A vs B (ComparisonRow):**} and the table or list after it, titled by the bold text; items
     * past the sides follow it.
     */
    private Optional<Consumed> parenthesisedRow(Inline text, Matcher header, Block next) {
        int line = text.line();
        Optional<Inline> title = Optional.of(boldTitle(text, header));
        Matcher versus = VERSUS.matcher(header.group("before"));
        boolean named = versus.matches();
        Inline left = named ? text.at(versus.group(1), header.start("before") + versus.start(1)) : Inline.empty(line);
        Inline right = named ? text.at(versus.group(2), header.start("before") + versus.start(2)) : Inline.empty(line);
        if (next instanceof Table table) {
            return Optional.of(new Consumed(ComparisonTables.read(line, title, table, left, "", right, ""), true));
        }
        if (!(next instanceof ListBlock list) || list.items().size() < 2) {
            return Optional.empty();
        }
        Optional<ComparisonRow.Side> first = labelledSide(list.items().get(0), left);
        Optional<ComparisonRow.Side> second = labelledSide(list.items().get(1), right);
        if (first.isEmpty() || second.isEmpty()) {
            return Optional.empty();
        }
        List<Block> blocks = new ArrayList<>(List.of(new ComparisonRow(line, title, first.get(), second.get())));
        List<ListItem> more = list.items().subList(2, list.items().size());
        if (!more.isEmpty()) {
            blocks.addAll(list(new ListBlock(more.get(0).line(), list.ordered(), list.start() + 2, more)));
        }
        return Optional.of(new Consumed(blocks, true));
    }

    /** The title in bold before the parentheses that name the component. */
    private static Inline boldTitle(Inline text, Matcher header) {
        return text.at(header.group("before").strip(), header.start("before"));
    }

    /** A side written as a list item of one paragraph, {@code Title: text}; {@code Left:} or {@code Right:} takes the header's title. */
    private static Optional<ComparisonRow.Side> labelledSide(ListItem item, Inline headerTitle) {
        if (item.blocks().size() != 1 || !(item.blocks().get(0) instanceof Paragraph paragraph)) {
            return Optional.empty();
        }
        Inline written = paragraph.text();
        Matcher side = LABELLED.matcher(written.markdown());
        if (!side.matches()) {
            return Optional.empty();
        }
        String group = side.group("bold") != null ? "bold" : "plain";
        Inline label = written.at(side.group(group).strip(), side.start(group));
        boolean positional = label.markdown().equalsIgnoreCase("left") || label.markdown().equalsIgnoreCase("right");
        Inline title = positional && !headerTitle.isBlank() ? headerTitle : label;
        Inline text = written.at(side.group("text").strip(), side.start("text"));
        return Optional.of(new ComparisonRow.Side(title, "", List.of(new ComparisonRow.Item(item.line(),
                Inline.empty(item.line()), text))));
    }

    /**
     * A GitHub alert, {@code > [!WARNING]} then its text, as the callout it stands for: NOTE a ConceptBlock,
     * TIP a TipBlock, IMPORTANT an InsightBlock, WARNING and CAUTION a WarningBlock.
     */
    private Optional<Block> alert(Quote quote) {
        if (quote.blocks().isEmpty() || !(quote.blocks().get(0) instanceof Paragraph first)) {
            return Optional.empty();
        }
        Matcher m = ALERT.matcher(first.text().markdown());
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        CalloutType type = Vocabulary.callout(m.group(1)).orElseThrow(); // the pattern names only callouts
        Header place = new Header(first.text(), first.text().markdown(), -1);
        TitleAndBody parts = titleAndBody(first.text().markdown(), m.end(), place);
        List<Block> body = new ArrayList<>();
        parts.body().ifPresent(text -> body.add(new Paragraph(text)));
        body.addAll(recognise(quote.blocks().subList(1, quote.blocks().size())));
        return Optional.of(new Callout(quote.line(), type, parts.title(), body));
    }

    /** An HTML block that is a component written as the lesson's JSX: shown as HTML, and reported. */
    private void reportJsx(RawHtml html) {
        Matcher jsx = JSX.matcher(html.html());
        if (jsx.lookingAt()) {
            reporter.report(Rule.UNRECOGNISED_COMPONENT, html.line(), 1, "'<" + jsx.group(1) + "' is the component in "
                    + "the lesson's code, which Lectern does not read (write " + expectedForm(jsx.group(1))
                    + "); it is shown as HTML");
        }
    }

    /** The text with a leading component name in its own spelling ({@code Insight Block:} as {@code InsightBlock:}). */
    private static String canonicalName(String text) {
        int start = text.startsWith("**") ? 2 : 0;
        Matcher m = NAME_SPELLING.matcher(text).region(start, text.length());
        if (!m.lookingAt()) {
            return text;
        }
        String written = m.group(1).replace(" ", "");
        String name = COMPONENT_NAMES.stream().filter(written::equalsIgnoreCase).findFirst().orElse(m.group(1));
        return text.substring(0, start) + name + text.substring(m.end(1));
    }

    /**
     * A side written in the header line alone, {@code comparison}'s {@code group}: {@code Title (what it is)}, the
     * parentheses its one item.
     */
    private static ComparisonRow.Side side(Matcher comparison, int group, Header place) {
        String text = comparison.group(group);
        int start = comparison.start(group);
        int line = place.source().line();
        Matcher described = DESCRIBED_SIDE.matcher(text);
        if (described.matches()) {
            return new ComparisonRow.Side(place.at(described.group(1), start), "", List.of(new ComparisonRow.Item(line,
                    Inline.empty(line), place.at(described.group(2), start + described.start(2)))));
        }
        return new ComparisonRow.Side(place.at(text.replaceFirst("\\.$", ""), start), "", List.of());
    }

    private static Inline title(Matcher comparison, int group, Header place) {
        return comparison.group(group) == null ? Inline.empty(place.source().line())
                : place.at(comparison.group(group), comparison.start(group));
    }

    private static String expectedForm(String name) {
        if (name.startsWith("ComparisonRow")) {
            return "'ComparisonRow: Left vs Right' or 'ComparisonRow:', then a table on the next line";
        }
        if (name.startsWith("GradientCard") || name.startsWith("PhaseCard")) {
            String card = name.replaceFirst("s$", "");
            return "'" + card + " (colour): title', or '" + card + " grid:' then a list";
        }
        return "'" + name + ": text' or '" + name + " (aside): text'";
    }

    /** A card headed by {@code card} (matched at the header's start), with {@code text} after its bold header, or null. */
    private Consumed card(Matcher card, Header place, Block next, Inline text) {
        String name = card.group(1);
        int line = place.source().line();
        String color = card.group(2) == null ? ""
                : ComponentColors.check(card.group(2), reporter, line, place.column(card.start(2)), name);
        String rest = card.group(3).strip();
        int titleStart = card.start(3) + card.group(3).indexOf(rest) + (!rest.isEmpty() && isQuote(rest.charAt(0)) ? 1 : 0);
        Optional<Inline> title = rest.isEmpty() ? Optional.empty()
                : Optional.of(place.at(unquote(TITLE_DASH.matcher(rest).replaceFirst(": ")), titleStart));
        boolean takesList = next instanceof ListBlock;
        List<Block> body = new ArrayList<>();
        if (text != null) {
            body.add(new Paragraph(text));
        }
        if (takesList) {
            body.addAll(recognise(List.of(next)));
        }
        return new Consumed(new GradientCard(line, name, title, color, body), takesList);
    }

    private Consumed callout(Matcher callout, Header place, Block next) {
        CalloutType type = CalloutType.byComponentName(callout.group(1)).orElseThrow();
        TitleAndBody parts = titleAndBody(callout.group(0), callout.start(3), place);
        return callout(place.source().line(), type, parts.title(), parts.body(), next);
    }

    /**
     * A callout of its header's {@code text}, and of the list after the header when it has no text, or of the list
     * or table after a text that ends with a colon, introducing it ({@code ... Side-by-side comparison:}).
     */
    private Consumed callout(int line, CalloutType type, Optional<Inline> title, Optional<Inline> text, Block next) {
        List<Block> body = new ArrayList<>();
        text.ifPresent(t -> body.add(new Paragraph(t)));
        boolean introduces = text.filter(t -> t.markdown().stripTrailing().endsWith(":")).isPresent();
        boolean takesNext = next instanceof ListBlock && (text.isEmpty() || introduces) || next instanceof Table && introduces;
        if (takesNext) {
            body.addAll(recognise(List.of(next)));
        }
        return new Consumed(new Callout(line, type, title, body), takesNext);
    }

    private record TitleAndBody(Optional<Inline> title, Optional<Inline> body) {
        TitleAndBody {
            body = body.filter(text -> !text.markdown().isEmpty());
        }
    }

    /**
     * The text of {@code header} from {@code from} on, placed in the source: {@code "Title." text} and {@code short
     * phrase. A sentence} give a title and a body; a text wholly in quotes is the body; any other text is the body
     * without a title.
     */
    private static TitleAndBody titleAndBody(String header, int from, Header place) {
        String text = header.substring(from).strip();
        int start = text.isEmpty() ? from : header.indexOf(text, from);
        Matcher bold = BOLD_TITLE.matcher(text);
        if (bold.lookingAt() && !text.substring(bold.end()).isBlank()) {
            String body = text.substring(bold.end()).strip();
            return new TitleAndBody(Optional.of(place.at(bold.group(1).strip(), start + 2)),
                    Optional.of(place.at(body, start + bold.end())));
        }
        Matcher phrase = PHRASE_TITLE.matcher(text);
        if (phrase.lookingAt()) {
            return new TitleAndBody(Optional.of(place.at(phrase.group(1), start)),
                    Optional.of(place.at(text.substring(phrase.end()), start + phrase.end())));
        }
        String closers = text.isEmpty() ? "" : closingQuotes(text.charAt(0));
        if (!closers.isEmpty()) {
            int close = closingQuote(text, closers);
            if (close > 0) {
                String quoted = text.substring(1, close).strip();
                int quotedStart = start + text.indexOf(quoted, 1);
                // "Title": text, "Title" -- text: the separator is neither title nor text
                String after = text.substring(close + 1).strip().replaceFirst("^(?::|--|—|–)\\s*", "");
                if (after.isEmpty()) {
                    return new TitleAndBody(Optional.empty(), Optional.of(place.at(quoted, quotedStart)));
                }
                String title = quoted.endsWith(".") ? quoted.substring(0, quoted.length() - 1) : quoted;
                return new TitleAndBody(Optional.of(place.at(title, quotedStart)),
                        Optional.of(place.at(after, start + text.indexOf(after, close + 1))));
            }
        }
        return new TitleAndBody(Optional.empty(), text.isEmpty() ? Optional.empty() : Optional.of(place.at(text, start)));
    }

    private static boolean isQuote(char c) {
        return QUOTES.indexOf(c) >= 0;
    }

    /** The quotes that close {@code open}: {@code "}, {@code “…”}, German {@code „…“} or Polish {@code „…”}, {@code «…»}; none if it opens none. */
    private static String closingQuotes(char open) {
        return switch (open) {
            case '"' -> "\"";
            case '“' -> "”";
            case '„' -> "“”";
            case '«' -> "»";
            default -> "";
        };
    }

    /** The quote that closes the opening one: followed by the end, a space or punctuation. */
    private static int closingQuote(String text, String quotes) {
        for (int i = 1; i < text.length(); i++) {
            if (quotes.indexOf(text.charAt(i)) >= 0 && (i + 1 == text.length() || " \n.,;:!?)".indexOf(text.charAt(i + 1)) >= 0)) {
                return i;
            }
        }
        return -1;
    }

    private static String unquote(String text) {
        return ANY_QUOTE.matcher(text).replaceAll("").strip();
    }

    private GradientCard gridCard(ListItem item, String name) {
        List<Block> blocks = recognise(item.blocks());
        if (!blocks.isEmpty() && blocks.get(0) instanceof Paragraph first) {
            Matcher m = GRID_ITEM.matcher(first.text().markdown());
            if (m.matches()) {
                int line = first.line();
                String at = m.group("before") != null ? "before" : "after";
                String written = m.group(at);
                String color = written == null ? ""
                        : ComponentColors.check(written, reporter, line, first.text().columnAt(m.start(at)), name);
                List<Block> body = new ArrayList<>();
                String text = m.group("text").strip();
                if (!text.isEmpty()) {
                    String unquoted = stripOuterQuotes(text);
                    int start = m.start("text") + m.group("text").indexOf(unquoted);
                    body.add(new Paragraph(first.text().at(unquoted, start)));
                }
                body.addAll(blocks.subList(1, blocks.size()));
                String titleGroup = Stream.of("bold", "italic", "under", "quoted", "curly").filter(g -> m.group(g) != null)
                        .findFirst().orElseThrow();
                Inline title = first.text().at(m.group(titleGroup), m.start(titleGroup));
                return new GradientCard(item.line(), name, Optional.of(title), color, body);
            }
        }
        return new GradientCard(item.line(), name, Optional.empty(), "", blocks);
    }

    private static String stripOuterQuotes(String text) {
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                && text.indexOf('"', 1) == text.length() - 1 ? text.substring(1, text.length() - 1) : text;
    }

    /** A list whose items are components is split around them, so a component never sits in a bullet. */
    private List<Block> list(ListBlock list) {
        List<Block> out = new ArrayList<>();
        List<ListItem> pending = new ArrayList<>();
        int number = list.start();
        int pendingStart = number;
        for (ListItem item : list.items()) {
            List<Block> blocks = recognise(item.blocks());
            if (!blocks.isEmpty() && blocks.get(0) instanceof Component) {
                if (!pending.isEmpty()) {
                    out.add(new ListBlock(pending.get(0).line(), list.ordered(), pendingStart, pending));
                    pending = new ArrayList<>();
                }
                out.addAll(blocks);
                pendingStart = number + 1;
            } else {
                pending.add(new ListItem(item.line(), item.task(), blocks));
            }
            number++;
        }
        if (!pending.isEmpty()) {
            out.add(new ListBlock(pending.get(0).line(), list.ordered(), pendingStart, pending));
        }
        return out;
    }
}
