package dev.lectern.parse;

import dev.lectern.model.Inline;
import java.util.Optional;
import java.util.regex.Pattern;

/** Cleans document titles: {@code Module 7.3: Fast Generation -- Plan} names the module "Fast Generation". */
final class Titles {
    private static final Pattern LEADING_ID = Pattern.compile("^(?:(?:Module|Series)\\s+[\\d.]+|Course)\\s*(?::|--|—|–|-)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_KIND = Pattern.compile(
            "\\s*(?:--|—|–|-|:)\\s*(?:Plan|Record|Summary|Planning Document)\\s*$", Pattern.CASE_INSENSITIVE);

    private Titles() {
    }

    static Optional<Inline> name(Optional<Inline> title) {
        return title.map(t -> new Inline(TRAILING_KIND.matcher(LEADING_ID.matcher(t.markdown()).replaceFirst(""))
                .replaceFirst("").strip(), t.line()));
    }
}
