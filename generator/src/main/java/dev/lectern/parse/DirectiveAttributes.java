package dev.lectern.parse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code {key=value key="value with spaces"}}. Returns the attributes, or an error message
 * saying where the text stops making sense.
 */
final class DirectiveAttributes {

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
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int keyStart = i;
            while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) {
                i++;
            }
            if (i == keyStart || i >= text.length() || text.charAt(i) != '=') {
                return new Parsed(values, Optional.of("expected key=value at '" + text.substring(keyStart) + "'"));
            }
            String key = text.substring(keyStart, i);
            i++;
            String value;
            if (i < text.length() && text.charAt(i) == '"') {
                int close = text.indexOf('"', i + 1);
                if (close < 0) {
                    return new Parsed(values, Optional.of("unclosed quote in the value of '" + key + "'"));
                }
                value = text.substring(i + 1, close);
                i = close + 1;
            } else {
                int valueStart = i;
                while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                value = text.substring(valueStart, i);
            }
            values.put(key, value);
        }
        return new Parsed(values, Optional.empty());
    }
}
