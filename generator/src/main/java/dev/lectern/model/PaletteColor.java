package dev.lectern.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The colours a card may wear (FORMAT.md); anything else is shown neutral and reported. */
public enum PaletteColor {
    AMBER, BLUE, CYAN, ORANGE, PURPLE, EMERALD, ROSE, VIOLET, SKY;

    public String cssName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PaletteColor> find(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(c -> c.cssName().equals(wanted)).findFirst();
    }
}
