package dev.lectern.model;

import java.util.Arrays;
import java.util.Optional;

/** The callout components, with their fixed colour from the format's palette (empty: neutral). */
public enum CalloutType {
    INSIGHT("InsightBlock", "insight", "violet"),
    WARNING("WarningBlock", "warning", "rose"),
    TIP("TipBlock", "tip", "sky"),
    TRY_THIS("TryThisBlock", "try-this", "emerald"),
    CONCEPT("ConceptBlock", "concept", ""),
    CONSTRAINT("ConstraintBlock", "constraint", ""),
    OBJECTIVE("ObjectiveBlock", "objective", ""),
    SUMMARY("SummaryBlock", "summary", ""),
    NEXT_STEP("NextStepBlock", "next-step", ""),
    MODULE_COMPLETE("ModuleCompleteBlock", "module-complete", ""),
    REFERENCES("ReferencesBlock", "references", "");

    private final String componentName;
    private final String directiveName;
    private final String color;

    CalloutType(String componentName, String directiveName, String color) {
        this.componentName = componentName;
        this.directiveName = directiveName;
        this.color = color;
    }

    /** As authors write it in prose and pages expose it: {@code InsightBlock}. */
    public String componentName() {
        return componentName;
    }

    /** As written in the directive syntax: {@code :::insight}. */
    public String directiveName() {
        return directiveName;
    }

    /** The palette colour this callout always wears; empty for neutral ones. */
    public String color() {
        return color;
    }

    public static Optional<CalloutType> byComponentName(String name) {
        return Arrays.stream(values()).filter(t -> t.componentName.equals(name)).findFirst();
    }

    public static Optional<CalloutType> byDirectiveName(String name) {
        return Arrays.stream(values()).filter(t -> t.directiveName.equals(name)).findFirst();
    }
}
