package dev.lectern.validate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.lectern.model.DiagnosticSink;
import dev.lectern.model.FileReporter;
import dev.lectern.model.Publication;
import dev.lectern.model.Rule;
import dev.lectern.model.Severity;
import dev.lectern.parse.ParseLimits;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
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
 * site:
 *   drafts-for-students: true  # list lessons that are not publishable to students too (default false)
 *   author-pages: false        # publish the students' pages only (default true)
 *   base-url: https://example.org/course/lessons/   # where lessons/ is published: sitemap, canonical links
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
        Publication publication = Publication.defaults();
        try (JsonParser parser = yaml.createParser(file.toFile())) {
            if (parser.nextToken() == null) {
                return Config.defaults();
            }
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                invalid(reporter, parser, "expected a mapping with a 'rules', 'limits' or 'site' key");
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
                } else if (key.equals("site") && value == JsonToken.START_OBJECT) {
                    publication = readSite(parser, reporter, publication);
                } else {
                    invalid(reporter, parser, "unknown key '" + key + "' (expected 'rules', a mapping of rule id "
                            + "to off, info, warning or error, 'limits', with max-file-size, 'pages', with "
                            + "min-severity, or 'site', with drafts-for-students, author-pages and base-url)");
                    parser.skipChildren();
                }
            }
        } catch (IOException e) {
            reporter.report(Rule.INVALID_CONFIG, 0, 0, "cannot read " + FILE + ": " + e.getMessage());
        }
        return new Config(RulePolicy.of(overrides), limits, listedFrom, publication);
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

    private static Publication readSite(JsonParser parser, FileReporter reporter, Publication read) throws IOException {
        Publication site = read;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int line = parser.currentLocation().getLineNr();
            JsonToken token = parser.nextToken();
            boolean yesNo = token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE;
            switch (key) {
                case "drafts-for-students" -> {
                    if (yesNo) {
                        site = new Publication(token == JsonToken.VALUE_TRUE, site.authorPages(), site.baseUrl());
                    } else {
                        reporter.report(Rule.INVALID_CONFIG, line, 1, "drafts-for-students: expected true or false");
                    }
                }
                case "author-pages" -> {
                    if (yesNo) {
                        site = new Publication(site.draftsForStudents(), token == JsonToken.VALUE_TRUE, site.baseUrl());
                    } else {
                        reporter.report(Rule.INVALID_CONFIG, line, 1, "author-pages: expected true or false");
                    }
                }
                case "base-url" -> {
                    Optional<String> url = token == JsonToken.VALUE_STRING ? baseUrl(parser.getText()) : Optional.empty();
                    if (url.isPresent()) {
                        site = new Publication(site.draftsForStudents(), site.authorPages(), url);
                    } else {
                        reporter.report(Rule.INVALID_CONFIG, line, 1, "base-url: '" + parser.getText()
                                + "' is not an http or https address (such as https://example.org/course/lessons/)");
                    }
                }
                default -> reporter.report(Rule.INVALID_CONFIG, line, 1, "unknown site setting '" + key
                        + "' (expected drafts-for-students, author-pages or base-url)");
            }
            parser.skipChildren();
        }
        return site;
    }

    /** An absolute http(s) address with a host, ending in {@code /} (added when missing). */
    private static Optional<String> baseUrl(String text) {
        try {
            URI uri = new URI(text.strip());
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            if (!web || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                return Optional.empty();
            }
            String url = uri.toString();
            return Optional.of(url.endsWith("/") ? url : url + "/");
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
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
