package dev.lectern.render;

import dev.lectern.model.Depth;
import dev.lectern.model.PrereqStatus;
import dev.lectern.model.Prerequisite;
import dev.lectern.model.PrerequisiteTable;
import dev.lectern.model.Table;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A row of a prerequisite table as the spec page draws it: the row as written, its status mark
 * (class and text, so it does not rely on colour) and how the actual depth compares to the required.
 */
public record PrerequisiteRow(Table.Row row, String mark, String markClass, String depthCheck,
                              String depthClass) {

    static List<PrerequisiteRow> of(PrerequisiteTable table) {
        return table.source().rows().stream()
                .map(row -> of(row, table.rows().stream().filter(p -> p.line() == row.line()).findFirst())).toList();
    }

    private static PrerequisiteRow of(Table.Row row, Optional<Prerequisite> typed) {
        Optional<PrereqStatus> status = typed.flatMap(Prerequisite::status);
        String mark = status.map(Enum::name).orElse("?");
        String markClass = "mark mark-" + status.map(s -> s.name().toLowerCase(Locale.ROOT)).orElse("unknown");
        Optional<Depth> required = typed.flatMap(Prerequisite::required);
        Optional<Depth> actual = typed.flatMap(Prerequisite::actual);
        if (required.isPresent() && actual.isEmpty() && status.filter(PrereqStatus.MISSING::equals).isPresent()) {
            return new PrerequisiteRow(row, mark, markClass, "none < " + required.get(), "depth depth-below");
        }
        if (required.isEmpty() || actual.isEmpty()) {
            return new PrerequisiteRow(row, mark, markClass, "depth unreadable", "depth depth-unknown");
        }
        boolean meets = actual.get().atLeast(required.get());
        String check = actual.get() + (meets ? " \u2265 " : " < ") + required.get();
        return new PrerequisiteRow(row, mark, markClass, check, "depth depth-" + (meets ? "meets" : "below"));
    }
}
