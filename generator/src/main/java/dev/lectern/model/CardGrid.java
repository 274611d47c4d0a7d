package dev.lectern.model;

import java.util.List;

/** Cards shown side by side ({@code GradientCard grid:} and a list of cards). */
public record CardGrid(int line, List<GradientCard> cards) implements Component {
    public CardGrid {
        cards = List.copyOf(cards);
    }

    @Override
    public String componentName() {
        return "CardGrid";
    }

    @Override
    public String kind() {
        return "card-grid";
    }
}
