package dev.lectern.model;

import java.util.List;
import java.util.Optional;

/** A titled aside: InsightBlock, WarningBlock, TipBlock and their kin. */
public record Callout(int line, CalloutType type, Optional<Inline> title, List<Block> body) implements Component {
    public Callout {
        body = List.copyOf(body);
    }

    @Override
    public String componentName() {
        return type.componentName();
    }

    @Override
    public String kind() {
        return "callout";
    }
}
