package dev.lectern.parse;

import dev.lectern.model.Rule;
import dev.lectern.model.FileReporter;
import dev.lectern.model.PaletteColor;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Normalises a component colour as written and reports one outside the palette. */
final class ComponentColors {
    private static final String PALETTE = Stream.of(PaletteColor.values()).map(PaletteColor::cssName)
            .collect(Collectors.joining(", "));

    private ComponentColors() {
    }

    static String check(String written, FileReporter reporter, int line, int column, String component) {
        String color = written.strip().toLowerCase(Locale.ROOT);
        int space = color.indexOf(' ');
        if (space > 0 && PaletteColor.find(color.substring(0, space)).isPresent()) {
            color = color.substring(0, space); // sky blue: the palette's sky, the word after it its hue
        }
        if (!color.isEmpty() && PaletteColor.find(color).isEmpty()) {
            reporter.report(Rule.UNKNOWN_COMPONENT_COLOR, line, column, component + " colour '" + color
                    + "' is not in the palette (" + PALETTE + "); it is shown neutral");
        }
        return color;
    }
}
