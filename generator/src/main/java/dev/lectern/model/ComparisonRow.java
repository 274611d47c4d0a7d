package dev.lectern.model;

import java.util.List;
import java.util.Optional;

/**
 * Two cards side by side, left and right, each with a title, colour and items; {@code title} is the
 * comparison's own, above both, when the source gives one ({@code **Title (ComparisonRow):**},
 * {@code :::comparison-row{title="..."}}).
 */
public record ComparisonRow(int line, Optional<Inline> title, Side left, Side right) implements Component {

    @Override
    public String componentName() {
        return "ComparisonRow";
    }

    @Override
    public String kind() {
        return "comparison-row";
    }

    /** One side: its title, colour as written (may be empty) and items. */
    public record Side(Inline title, String color, List<Item> items) {
        public Side {
            items = List.copyOf(items);
        }
    }

    /** An item; {@code label} is the row's label cell when the comparison came from a table. */
    public record Item(int line, Inline label, Inline text) {
    }
}
