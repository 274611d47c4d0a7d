package dev.lectern.parse;

import dev.lectern.model.Rule;
import dev.lectern.model.Block;
import dev.lectern.model.CalloutType;
import dev.lectern.model.Callout;
import dev.lectern.model.CardGrid;
import dev.lectern.model.ComparisonRow;
import dev.lectern.model.FileReporter;
import dev.lectern.model.GradientCard;
import dev.lectern.model.Inline;
import dev.lectern.model.ListBlock;
import dev.lectern.model.Paragraph;
import dev.lectern.model.Quote;
import dev.lectern.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns a {@code :::name{...}} directive into the component it names. The syntax is written up in
 * the authoring guide ({@code site/markdown/authoring.md}); both it and the prose convention
 * produce the same model nodes.
 */
final class DirectiveReader {

    private static final Set<String> CARD_KEYS = Set.of("title", "color", "number");
    private static final Set<String> CALLOUT_KEYS = Set.of("title");
    private static final Set<String> COMPARISON_KEYS = Set.of("title", "left", "right", "left-color", "right-color");

    private final FileReporter reporter;
    private final BlockConverter converter;

    DirectiveReader(FileReporter reporter, BlockConverter converter) {
        this.reporter = reporter;
        this.converter = converter;
    }

    Block read(DirectiveBlock directive, int depth) {
        int line = converter.lineOf(directive);
        String name = directive.getName().toString();
        if (!directive.isClosed()) {
            reporter.report(Rule.UNCLOSED_DIRECTIVE, line, 1, "':::" + name + "' is never closed; it runs to the end of "
                    + "its section");
        }
        DirectiveAttributes.Parsed attributes = DirectiveAttributes.parse(directive.getAttributes().toString());
        attributes.error().ifPresent(error -> reporter.report(Rule.MALFORMED_DIRECTIVE, line, attributeColumn(directive), "':::" + name + "': " + error));
        Map<String, String> values = attributes.values();
        String key = name.toLowerCase(Locale.ROOT);
        return switch (key) {
            case "gradient-card", "gradientcard" -> card(directive, GradientCard.NAME, values, depth);
            case "phase-card", "phasecard" -> card(directive, GradientCard.PHASE_CARD, values, depth);
            case "card-grid", "cardgrid" -> grid(untitled(directive), depth);
            case "comparison-row", "comparisonrow" -> comparison(directive, values, depth);
            default -> calloutOrUnknown(directive, name, values, depth);
        };
    }

    private Block calloutOrUnknown(DirectiveBlock directive, String name, Map<String, String> values, int depth) {
        int line = converter.lineOf(directive);
        Optional<CalloutType> type = Vocabulary.callout(name);
        List<Block> body = converter.convertChildren(directive, depth + 1);
        if (type.isEmpty()) {
            reporter.report(Rule.UNKNOWN_COMPONENT, line, directive.getName().baseColumnAtStart() + 1, "unknown component '"
                    + directive.written() + "'; its content is shown as a quote");
            Optional<Inline> title = title(directive, values, line);
            return new Quote(line, title.isEmpty() ? body : Stream.concat(Stream.of(new Paragraph(new Inline("**"
                    + title.get().markdown() + "**", line))), body.stream()).toList());
        }
        if (directive.isAdmonition() && body.isEmpty()) {
            reporter.report(Rule.MALFORMED_DIRECTIVE, line, 1, "'" + directive.written() + "' has no body indented "
                    + "under it (by four spaces); the text after it is not part of it");
        }
        checkKeys(directive, values, CALLOUT_KEYS);
        return new Callout(line, type.get(), title(directive, values, line), body);
    }

    private GradientCard card(DirectiveBlock directive, String componentName, Map<String, String> values,
                              int depth) {
        int line = converter.lineOf(directive);
        checkKeys(directive, values, CARD_KEYS);
        String color = ComponentColors.check(values.getOrDefault("color", ""), reporter, line,
                attributeColumn(directive), componentName);
        Optional<Inline> title = title(directive, values, line);
        String number = values.getOrDefault("number", "").strip();
        if (!number.isEmpty()) {
            title = Optional.of(new Inline(number + ". " + title.map(Inline::markdown).orElse(""), line));
        }
        return new GradientCard(line, componentName, title, color, converter.convertChildren(directive, depth + 1));
    }

    private Block grid(DirectiveBlock directive, int depth) {
        List<GradientCard> cards = new ArrayList<>();
        for (Block block : converter.convertChildren(directive, depth + 1)) {
            if (block instanceof GradientCard card) {
                cards.add(card);
            } else {
                reporter.report(Rule.MALFORMED_DIRECTIVE, block.line(), 1,
                        "a card grid holds only gradient-card or phase-card directives; this block is left out");
            }
        }
        return new CardGrid(converter.lineOf(directive), cards);
    }

    private Block comparison(DirectiveBlock directive, Map<String, String> values, int depth) {
        int line = converter.lineOf(directive);
        checkKeys(directive, values, COMPARISON_KEYS);
        int column = attributeColumn(directive);
        String leftColor = ComponentColors.check(values.getOrDefault("left-color", ""), reporter, line, column,
                "ComparisonRow");
        String rightColor = ComponentColors.check(values.getOrDefault("right-color", ""), reporter, line, column,
                "ComparisonRow");
        Inline left = new Inline(values.getOrDefault("left", ""), line);
        Inline right = new Inline(values.getOrDefault("right", ""), line);
        Optional<Inline> title = title(directive, values, line);
        List<Block> body = converter.convertChildren(directive, depth + 1);
        Optional<Table> table = body.stream().filter(Table.class::isInstance).map(Table.class::cast).findFirst();
        if (table.isPresent()) {
            return ComparisonTables.read(line, title, table.get(), left, leftColor, right, rightColor);
        }
        List<ListBlock> lists = body.stream().filter(ListBlock.class::isInstance).map(ListBlock.class::cast).toList();
        if (lists.size() == 2) {
            return new ComparisonRow(line, title, new ComparisonRow.Side(left, leftColor, items(lists.get(0))),
                    new ComparisonRow.Side(right, rightColor, items(lists.get(1))));
        }
        reporter.report(Rule.MALFORMED_DIRECTIVE, line, 1,
                "a comparison-row holds a table (label, left, right) or two lists; its content is shown as a quote");
        return new Quote(line, body);
    }

    /** Each item's first paragraph, unlabelled. */
    private static List<ComparisonRow.Item> items(ListBlock list) {
        return list.items().stream().map(item -> new ComparisonRow.Item(item.line(), Inline.empty(item.line()),
                Paragraph.first(item.blocks()).orElse(Inline.empty(item.line())))).toList();
    }

    private void checkKeys(DirectiveBlock directive, Map<String, String> values, Set<String> known) {
        for (String key : values.keySet()) {
            if (!known.contains(key)) {
                reporter.report(Rule.MALFORMED_DIRECTIVE, converter.lineOf(directive), attributeColumn(directive),
                        "':::" + directive.getName() + "' has no attribute '" + key + "' (known: "
                                + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    /** A directive that takes no title: one written after its name is reported, as it is not shown. */
    private DirectiveBlock untitled(DirectiveBlock directive) {
        if (!directive.getLabel().isNull()) {
            reporter.report(Rule.MALFORMED_DIRECTIVE, converter.lineOf(directive), directive.getLabel().baseColumnAtStart() + 1,
                    "'" + directive.written() + "' takes no title; '" + directive.getLabel() + "' is not shown");
        }
        return directive;
    }

    /** The {@code title} attribute, or else the title written after the name. */
    private static Optional<Inline> title(DirectiveBlock directive, Map<String, String> values, int line) {
        String title = values.getOrDefault("title", directive.getLabel().toString()).strip();
        return title.isEmpty() ? Optional.empty() : Optional.of(new Inline(title, line));
    }

    /** 1-based column of the attribute braces on the directive's line (or 1 when there are none). */
    private static int attributeColumn(DirectiveBlock directive) {
        if (directive.getAttributes().isNull()) {
            return 1;
        }
        return directive.getAttributes().baseColumnAtStart() + 1;
    }
}
