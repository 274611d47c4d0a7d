package dev.lectern.validate;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
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
        Settings settings = new Settings(sink.forFile(FILE));
        try (JsonParser parser = yaml.createParser(file.toFile())) {
            if (parser.nextToken() == null) {
                return Config.defaults();
            }
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                invalid(settings.reporter, parser, "expected a mapping with a 'rules', 'limits', 'pages' or 'site' key");
                return Config.defaults();
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                Setting section = parser.nextToken() != JsonToken.START_OBJECT ? null : switch (key) {
                    case "rules" -> settings::rule;
                    case "limits" -> settings::limit;
                    case "pages" -> settings::page;
                    case "site" -> settings::site;
                    default -> null;
                };
                if (section != null) {
                    readSection(parser, section);
                } else {
                    invalid(settings.reporter, parser, "unknown key '" + key + "' (expected 'rules', a mapping of "
                            + "rule id to off, info, warning or error, 'limits', with max-file-size, 'pages', with "
                            + "min-severity, or 'site', with drafts-for-students, author-pages and base-url)");
                    parser.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            notYaml(settings.reporter, e);
        } catch (IOException e) {
            settings.reporter.report(Rule.INVALID_CONFIG, 0, 0, "cannot read " + FILE + ": " + e.getMessage());
        }
        return new Config(RulePolicy.of(settings.overrides), settings.limits, settings.listedFrom, settings.publication);
    }

    /** One key of a section, where it is, with its value's first token and text (a nested value is skipped after). */
    private interface Setting {
        void read(String key, Place at, JsonToken token, String text);
    }

    /** A key's line and column, and its value's column (the key's when the value is not on its line). */
    private record Place(int line, int keyColumn, int valueColumn) {
    }

    private static void readSection(JsonParser parser, Setting setting) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonLocation keyAt = parser.currentTokenLocation();
            JsonToken token = parser.nextToken();
            JsonLocation valueAt = parser.currentTokenLocation();
            Place at = new Place(keyAt.getLineNr(), keyAt.getColumnNr(),
                    valueAt.getLineNr() == keyAt.getLineNr() ? valueAt.getColumnNr() : keyAt.getColumnNr());
            setting.read(key, at, token, parser.getText() == null ? "" : parser.getText());
            parser.skipChildren();
        }
    }

    /** What the file has said so far; each section's settings override the defaults one by one. */
    private static final class Settings {
        final FileReporter reporter;
        final Map<Rule, Optional<Severity>> overrides = new EnumMap<>(Rule.class);
        ParseLimits limits = ParseLimits.defaults();
        Severity listedFrom = Config.LISTED_FROM;
        Publication publication = Publication.defaults();

        Settings(FileReporter reporter) {
            this.reporter = reporter;
        }

        void rule(String id, Place at, JsonToken token, String text) {
            String level = token == JsonToken.VALUE_FALSE ? "off" : text.strip().toLowerCase(Locale.ROOT);
            Optional<Rule> rule = Rule.byId(id);
            if (rule.isEmpty()) {
                reporter.report(Rule.UNKNOWN_RULE, at.line(), at.keyColumn(), "no rule '" + id + "'; the report pages list the rules");
            } else if (level.equals("off")) {
                overrides.put(rule.get(), Optional.empty());
            } else if (Severity.parse(level).isPresent()) {
                overrides.put(rule.get(), Severity.parse(level));
            } else {
                invalid(at.line(), at.valueColumn(), "rule '" + id + "': '" + text + "' is none of off, info, warning, error");
            }
        }

        void limit(String key, Place at, JsonToken token, String text) {
            Matcher size = SIZE.matcher(text.strip());
            if (!key.equals("max-file-size")) {
                invalid(at.line(), at.keyColumn(), "unknown limit '" + key + "' (expected max-file-size)");
            } else if (size.matches() && parseSize(size) > 0) {
                limits = new ParseLimits(parseSize(size));
            } else {
                invalid(at.line(), at.valueColumn(), "max-file-size: '" + text + "' is not a size (a number of bytes, or of KB or MB, "
                        + "such as 8 MB)");
            }
        }

        void page(String key, Place at, JsonToken token, String text) {
            Optional<Severity> least = Severity.parse(text);
            if (!key.equals("min-severity")) {
                invalid(at.line(), at.keyColumn(), "unknown pages setting '" + key + "' (expected min-severity)");
            } else if (least.isPresent()) {
                listedFrom = least.get();
            } else {
                invalid(at.line(), at.valueColumn(), "pages: min-severity: '" + text + "' is none of info, warning, error");
            }
        }

        void site(String key, Place at, JsonToken token, String text) {
            boolean yesNo = token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE;
            boolean yes = token == JsonToken.VALUE_TRUE;
            switch (key) {
                case "drafts-for-students", "author-pages" -> {
                    if (!yesNo) {
                        invalid(at.line(), at.valueColumn(), key + ": expected true or false");
                    } else if (key.equals("drafts-for-students")) {
                        publication = new Publication(yes, publication.authorPages(), publication.baseUrl());
                    } else {
                        publication = new Publication(publication.draftsForStudents(), yes, publication.baseUrl());
                    }
                }
                case "base-url" -> {
                    Optional<String> url = token == JsonToken.VALUE_STRING ? baseUrl(text) : Optional.empty();
                    if (url.isPresent()) {
                        publication = new Publication(publication.draftsForStudents(), publication.authorPages(), url);
                    } else {
                        invalid(at.line(), at.valueColumn(), "base-url: '" + text + "' is not an http or https address (such as "
                                + "https://example.org/course/lessons/)");
                    }
                }
                default -> invalid(at.line(), at.keyColumn(), "unknown site setting '" + key
                        + "' (expected drafts-for-students, author-pages or base-url)");
            }
        }

        private void invalid(int line, int column, String message) {
            reporter.report(Rule.INVALID_CONFIG, line, column, message);
        }
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

    /**
     * YAML that does not parse, at the place SnakeYAML found the problem (Jackson's own location can be
     * lines before it), or, when that is the end of the file, where the unclosed quote or bracket began.
     */
    private static void notYaml(FileReporter reporter, JsonProcessingException e) {
        YamlBreak.of(e, line -> line).ifPresentOrElse(at -> reporter.report(Rule.INVALID_CONFIG, at.line(), at.column(),
                        "not valid YAML: " + at.why() + "; the settings above this line apply, the rest are ignored"),
                () -> reporter.report(Rule.INVALID_CONFIG, 0, 0, FILE + " is not valid YAML; it is ignored from where it breaks"));
    }

    private static void invalid(FileReporter reporter, JsonParser parser, String message) {
        reporter.report(Rule.INVALID_CONFIG, parser.currentLocation().getLineNr(), 1, message);
    }
}
