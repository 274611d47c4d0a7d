package dev.lectern.model;

import java.util.List;
import java.util.Optional;

/**
 * A titled card with a coloured gradient. {@code color} is the colour as written (lower case, empty
 * when none was given); {@link PaletteColor#find} says whether it is in the palette.
 * A {@code PhaseCard} is the same card with a number in a sequence.
 */
public record GradientCard(int line, String componentName, Optional<Inline> title, String color,
                           List<Block> body) implements Component {
    public static final String NAME = "GradientCard";
    public static final String PHASE_CARD = "PhaseCard";

    public GradientCard {
        body = List.copyOf(body);
    }

    @Override
    public String kind() {
        return "gradient-card";
    }
}
