package dev.lectern.parse;

import dev.lectern.model.CalloutType;
import dev.lectern.model.CognitiveLoad;
import dev.lectern.model.Depth;
import dev.lectern.model.FindingSeverity;
import dev.lectern.model.PrereqStatus;
import dev.lectern.model.Verdict;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of the format, read leniently as authors write them: {@code REVISITED (DEVELOPED)} is
 * DEVELOPED, {@code GAP (small)} is GAP, {@code PASS (with polish notes)} is PASS.
 */
final class Vocabulary {
    private static final Pattern DEPTH = Pattern.compile("\\b(MENTIONED|INTRODUCED|DEVELOPED|APPLIED)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_TAUGHT = Pattern.compile(
            "(?:not (?:yet )?(?:taught|covered)|never taught|none|n/a|[-–—]{1,2})(?:\\s*\\(.*\\))?",
            Pattern.CASE_INSENSITIVE);
    /** A module record's word for a concept taught again at no new depth. */
    private static final Pattern REINFORCED = Pattern.compile("REINFORCED\\b.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_MARKS = Pattern.compile("^[^\\p{L}]+");
    private static final Pattern MAJOR_REVISION = Pattern.compile("(?:NEEDS[ -])?MAJOR[ -]REVISION");
    private static final Pattern NEEDS_REVISION = Pattern.compile("NEEDS[ -](?:[A-Z]+[ -])?REVISION");
    private static final Pattern LEADING_WORD = Pattern.compile("^[^A-Za-z]*([A-Za-z]+)");

    private Vocabulary() {
    }

    /** The depth a cell names; for {@code INTRODUCED → DEVELOPED} the first, as the cell starts. */
    static Optional<Depth> depth(String cell) {
        Matcher m = DEPTH.matcher(cell);
        return m.find() ? Optional.of(Depth.valueOf(m.group(1).toUpperCase(Locale.ROOT))) : Optional.empty();
    }

    /**
     * Whether a depth cell says the student has no depth at all ({@code NOT TAUGHT}, {@code none},
     * {@code --}): a statement, not an unreadable depth.
     */
    static boolean notTaught(String cell) {
        return NOT_TAUGHT.matcher(cell.strip()).matches();
    }

    /** Whether a record's depth cell says the concept was taught again, at no new depth: no depth, and no mistake. */
    static boolean reinforced(String cell) {
        return REINFORCED.matcher(cell.strip()).matches();
    }

    /** {@code OK}, {@code GAP (small)}, {@code MISSING} by the cell's first word; a cell that is only a tick or a warning sign by that. */
    static Optional<PrereqStatus> prereqStatus(String cell) {
        String word = leadingWord(cell);
        return switch (word) {
            case "OK", "MET" -> Optional.of(PrereqStatus.OK);
            case "GAP" -> Optional.of(PrereqStatus.GAP);
            case "MISSING" -> Optional.of(PrereqStatus.MISSING);
            case "" -> statusSign(cell.strip());
            default -> Optional.empty();
        };
    }

    private static Optional<PrereqStatus> statusSign(String cell) {
        if (cell.startsWith("✅") || cell.startsWith("✔") || cell.startsWith("☑")) {
            return Optional.of(PrereqStatus.OK);
        }
        if (cell.startsWith("⚠")) {
            return Optional.of(PrereqStatus.GAP);
        }
        return cell.startsWith("❌") ? Optional.of(PrereqStatus.MISSING) : Optional.empty();
    }

    static Optional<CognitiveLoad> cognitiveLoad(String text) {
        return named(CognitiveLoad.class, leadingWord(text));
    }

    /**
     * The callout a directive or admonition type names: its directive or component name ({@code try-this},
     * {@code TipBlock}), or the word GitHub alerts and MkDocs admonitions use for it ({@code note},
     * {@code important}, {@code caution}, {@code danger}, {@code abstract}).
     */
    static Optional<CalloutType> callout(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return CalloutType.byDirectiveName(lower).or(() -> CalloutType.byComponentName(word)).or(() -> Optional.ofNullable(
                switch (lower) {
                    case "note", "info" -> CalloutType.CONCEPT;
                    case "hint" -> CalloutType.TIP;
                    case "important" -> CalloutType.INSIGHT;
                    case "caution", "attention", "danger", "error" -> CalloutType.WARNING;
                    case "abstract", "tldr" -> CalloutType.SUMMARY;
                    default -> null;
                }));
    }

    static Optional<FindingSeverity> findingSeverity(String word) {
        return named(FindingSeverity.class, word.strip().toUpperCase(Locale.ROOT).replaceFirst("(?<=IMPROVEMENT)S$", ""));
    }

    /** The constant named exactly {@code name}; unlike {@code valueOf}, empty rather than a throw. */
    private static <E extends Enum<E>> Optional<E> named(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst();
    }

    /**
     * PASS, NEEDS REVISION or MAJOR REVISION as the verdict text starts, in any case, after any mark or
     * emoji ({@code ✅ PASS}, {@code — PASS}); {@code NEEDS MINOR REVISION} is NEEDS REVISION.
     */
    static Optional<Verdict.Kind> verdict(String text) {
        String upper = LEADING_MARKS.matcher(text.toUpperCase(Locale.ROOT).replaceAll("[*_`]", "")).replaceFirst("");
        if (upper.startsWith("PASS")) {
            return Optional.of(Verdict.Kind.PASS);
        }
        if (MAJOR_REVISION.matcher(upper).lookingAt()) {
            return Optional.of(Verdict.Kind.MAJOR_REVISION);
        }
        if (NEEDS_REVISION.matcher(upper).lookingAt()) {
            return Optional.of(Verdict.Kind.NEEDS_REVISION);
        }
        return Optional.empty();
    }

    private static String leadingWord(String text) {
        Matcher m = LEADING_WORD.matcher(text.replaceAll("[*_`]", ""));
        return m.find() ? m.group(1).toUpperCase(Locale.ROOT) : "";
    }
}
