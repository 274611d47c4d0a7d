package dev.lectern.validate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.lectern.model.DiagnosticSink;
import dev.lectern.model.FileReporter;
import dev.lectern.model.Rule;
import dev.lectern.model.Severity;
import dev.lectern.parse.ParseLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code lectern.yaml} at the content root, when there is one:
 * <pre>
 * rules:
 *   spaced-em-dash: off        # off, info, warning or error
 *   checklist-unchecked: error
 * limits:
 *   max-file-size: 8 MB        # bytes, or a number of KB or MB
 * pages:
 *   min-severity: info         # the validation pages list diagnostics from this severity (default warning)
 * </pre>
 * Mistakes in it are diagnostics on the file, at their line; the rest of it still applies.
 */
public final class ConfigReader {
    public static final String FILE = "lectern.yaml";

    private static final Pattern SIZE = Pattern.compile("(\\d{1,18})\\s*([KkMm][Bb])?");

    private final YAMLFactory yaml = new YAMLFactory();

    public Config read(Path contentDir, DiagnosticSink sink) {
        Path file = contentDir.resolve(FILE);
        if (!Files.isRegularFile(file) || leadsOutside(contentDir, file)) {
            return Config.defaults(); // the content scan reports a link that leads outside
        }
        FileReporter reporter = sink.forFile(FILE);
        Map<Rule, Optional<Severity>> overrides = new EnumMap<>(Rule.class);
        ParseLimits limits = ParseLimits.defaults();
        Severity listedFrom = Config.LISTED_FROM;
        try (JsonParser parser = yaml.createParser(file.toFile())) {
            if (parser.nextToken() == null) {
                return Config.defaults();
            }
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                invalid(reporter, parser, "expected a mapping with a 'rules' or 'limits' key");
                return Config.defaults();
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                if (key.equals("rules") && value == JsonToken.START_OBJECT) {
                    readRules(parser, reporter, overrides);
                } else if (key.equals("limits") && value == JsonToken.START_OBJECT) {
                    limits = readLimits(parser, reporter, limits);
                } else if (key.equals("pages") && value == JsonToken.START_OBJECT) {
                    listedFrom = readPages(parser, reporter, listedFrom);
                } else {
                    invalid(reporter, parser, "unknown key '" + key + "' (expected 'rules', a mapping of rule id "
                            + "to off, info, warning or error, 'limits', with max-file-size, or 'pages', with "
                            + "min-severity)");
                    parser.skipChildren();
                }
            }
        } catch (IOException e) {
            reporter.report(Rule.INVALID_CONFIG, 0, 0, "cannot read " + FILE + ": " + e.getMessage());
        }
        return new Config(RulePolicy.of(overrides), limits, listedFrom);
    }

    private static Severity readPages(JsonParser parser, FileReporter reporter, Severity listedFrom) throws IOException {
        Severity read = listedFrom;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int line = parser.currentLocation().getLineNr();
            parser.nextToken();
            String value = parser.getText() == null ? "" : parser.getText().strip().toLowerCase(Locale.ROOT);
            if (!key.equals("min-severity")) {
                reporter.report(Rule.INVALID_CONFIG, line, 1, "unknown pages setting '" + key + "' (expected min-severity)");
            } else if (value.equals("info") || value.equals("warning") || value.equals("error")) {
                read = Severity.valueOf(value.toUpperCase(Locale.ROOT));
            } else {
                reporter.report(Rule.INVALID_CONFIG, line, 1, "pages: min-severity: '" + parser.getText()
                        + "' is none of info, warning, error");
            }
            parser.skipChildren();
        }
        return read;
    }

    private static ParseLimits readLimits(JsonParser parser, FileReporter reporter, ParseLimits limits)
            throws IOException {
        ParseLimits read = limits;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int line = parser.currentLocation().getLineNr();
            parser.nextToken();
            String value = parser.getText();
            Matcher size = SIZE.matcher(value == null ? "" : value.strip());
            if (!key.equals("max-file-size")) {
                reporter.report(Rule.INVALID_CONFIG, line, 1, "unknown limit '" + key + "' (expected max-file-size)");
            } else if (size.matches() && parseSize(size) > 0) {
                read = new ParseLimits(parseSize(size));
            } else {
                reporter.report(Rule.INVALID_CONFIG, line, 1, "max-file-size: '" + value + "' is not a size "
                        + "(a number of bytes, or of KB or MB, such as 8 MB)");
            }
            parser.skipChildren();
        }
        return read;
    }

    /** Bytes, KB or MB (of 1024); 0 when the number is too large to be meant. */
    private static long parseSize(Matcher size) {
        String unit = size.group(2) == null ? "" : size.group(2).toUpperCase(Locale.ROOT);
        long scale = unit.equals("MB") ? 1024 * 1024 : unit.equals("KB") ? 1024 : 1;
        try {
            return Math.multiplyExact(Long.parseLong(size.group(1)), scale);
        } catch (ArithmeticException | NumberFormatException e) {
            return 0;
        }
    }

    private static boolean leadsOutside(Path contentDir, Path file) {
        try {
            return !file.toRealPath().startsWith(contentDir.toRealPath());
        } catch (IOException e) {
            return true;
        }
    }

    private static void readRules(JsonParser parser, FileReporter reporter, Map<Rule, Optional<Severity>> overrides)
            throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String id = parser.currentName();
            int line = parser.currentLocation().getLineNr();
            JsonToken token = parser.nextToken();
            String level = token == JsonToken.VALUE_FALSE ? "off" : parser.getText().strip().toLowerCase(Locale.ROOT);
            Optional<Rule> rule = Rule.byId(id);
            if (rule.isEmpty()) {
                reporter.report(Rule.UNKNOWN_RULE, line, 1, "no rule '" + id + "'; the report pages list the rules");
            } else if (level.equals("off")) {
                overrides.put(rule.get(), Optional.empty());
            } else if (level.equals("info") || level.equals("warning") || level.equals("error")) {
                overrides.put(rule.get(), Optional.of(Severity.valueOf(level.toUpperCase(Locale.ROOT))));
            } else {
                reporter.report(Rule.INVALID_CONFIG, line, 1, "rule '" + id + "': '" + parser.getText()
                        + "' is none of off, info, warning, error");
            }
            parser.skipChildren();
        }
    }

    private static void invalid(FileReporter reporter, JsonParser parser, String message) {
        reporter.report(Rule.INVALID_CONFIG, parser.currentLocation().getLineNr(), 1, message);
    }
}
