package dev.lectern.parse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code {key=value key="value with spaces"}}. Returns the attributes, or an error message
 * saying where the text stops making sense.
 */
final class DirectiveAttributes {
    /**
     * One attribute: its key (letters, digits and {@code -}, as {@code Character.isLetterOrDigit(char)} reads
     * them: none past U+FFFF), then a quoted value (group 3 empty when the quote is not closed) or a bare one.
     */
    private static final Pattern ATTRIBUTE = Pattern.compile("\\p{javaWhitespace}*((?:[\\p{javaLetterOrDigit}&&[\\u0000-\\uFFFF]]|-)+)"
            + "=(?:\"([^\"]*)(\"?)|(\\P{javaWhitespace}*))");

    record Parsed(Map<String, String> values, Optional<String> error) {
    }

    private DirectiveAttributes() {
    }

    static Parsed parse(String braced) {
        Map<String, String> values = new LinkedHashMap<>();
        String text = braced.strip();
        if (text.isEmpty()) {
            return new Parsed(values, Optional.empty());
        }
        text = text.substring(1, text.length() - 1); // the block parser matched the braces
        Matcher attribute = ATTRIBUTE.matcher(text);
        for (int i = 0; !text.substring(i).isBlank(); i = attribute.end()) {
            if (!attribute.region(i, text.length()).lookingAt()) {
                return new Parsed(values, Optional.of("expected key=value at '" + text.substring(i).stripLeading() + "'"));
            }
            if (attribute.group(2) != null && attribute.group(3).isEmpty()) {
                return new Parsed(values, Optional.of("unclosed quote in the value of '" + attribute.group(1) + "'"));
            }
            values.put(attribute.group(1), attribute.group(2) != null ? attribute.group(2) : attribute.group(4));
        }
        return new Parsed(values, Optional.empty());
    }
}
