package dev.lectern.validate;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Optional;
import java.util.function.IntUnaryOperator;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Where YAML that does not parse breaks, and why, as SnakeYAML says it (Jackson's own location can be
 * lines before it, and its message's first line names only what was being read). At the end of the
 * text the place is where the unclosed quote or bracket began; elsewhere, when that began on another
 * line, the message names its line, which is where the mistake usually is ({@code position: {a: 1}
 * with its brace unclosed breaks at the next key).
 */
public record YamlBreak(int line, int column, String why) {

    /** {@code fileLine} turns a 1-based line of the YAML into the file's line. */
    public static Optional<YamlBreak> of(JsonProcessingException e, IntUnaryOperator fileLine) {
        if (!(e.getCause() instanceof MarkedYAMLException yaml) || yaml.getProblemMark() == null) {
            return Optional.empty();
        }
        String problem = String.valueOf(yaml.getProblem());
        Mark began = yaml.getContextMark();
        boolean atTheEnd = problem.contains("end of stream") || problem.contains("<stream end>");
        Mark at = atTheEnd && began != null ? began : yaml.getProblemMark();
        String from = began != null && began.getLine() != at.getLine()
                ? " from line " + fileLine.applyAsInt(began.getLine() + 1) : "";
        String context = yaml.getContext() == null ? "" : " (" + yaml.getContext() + from + ")";
        return Optional.of(new YamlBreak(fileLine.applyAsInt(at.getLine() + 1), at.getColumn() + 1, problem + context));
    }
}
