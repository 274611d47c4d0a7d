package dev.lectern.parse;

import dev.lectern.model.Inline;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Cleans document titles: {@code Module 7.3: Fast Generation -- Plan} and {@code Plan: Module 7.3 -- Fast Generation}
 * name the module "Fast Generation"; {@code Plan: Module 7.3} names none. Unicode's spaces are spaces ({@code (?U)}):
 * a no-break space beside a dash leaves no kind in the name.
 */
final class Titles {
    private static final Pattern LEADING_ID = Pattern.compile("(?U)^(?:(?:Module|Series)\\s+[\\d.]+|Course)\\s*(?::|--|—|–|-)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_KIND = Pattern.compile(
            "(?U)\\s*(?:--|—|–|-|:)\\s*(?:Plan|Record|Summary|Planning\\s+Document)\\s*$", Pattern.CASE_INSENSITIVE);

    /** The kind of document first: {@code Plan: Module 1.1 -- Title}. */
    private static final Pattern LEADING_KIND = Pattern.compile(
            "(?U)^(?:(?:Module|Series)\\s+)?(?:Plan|Record|Summary|Planning\\s+Document)\\s*(?::|--|—|–|-)\\s*", Pattern.CASE_INSENSITIVE);
    /** A title that is the module's or series' number alone, once the kind is gone. */
    private static final Pattern ID_ONLY = Pattern.compile("(?U)^(?:(?:Module|Series)\\s+[\\d.]+|Course)?$", Pattern.CASE_INSENSITIVE);

    private Titles() {
    }

    static Optional<Inline> name(Optional<Inline> title) {
        return title.map(t -> new Inline(TRAILING_KIND.matcher(LEADING_ID.matcher(LEADING_KIND.matcher(t.markdown())
                .replaceFirst("")).replaceFirst("")).replaceFirst("").strip(), t.line()))
                .filter(t -> !ID_ONLY.matcher(t.markdown()).matches()); // Plan: Module 1.1 names no module
    }
}
