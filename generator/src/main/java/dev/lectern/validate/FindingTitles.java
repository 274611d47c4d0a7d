package dev.lectern.validate;

import dev.lectern.model.Finding;
import dev.lectern.model.ResolutionCheck;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Pairs the rows of a resolution check with the findings of the previous iteration. Reviewers
 * shorten titles in these tables ({@code "ADD is not just a GAN" lacks standalone negative example}
 * for {@code Misconception "ADD is not just a GAN" lacks a standalone negative example}), so titles
 * are compared by their words: lower case, plurals folded, small words and severity names left out,
 * scored by the share of the shorter title's words found in the other.
 * <ol>
 * <li>A row that starts with {@code #N} ({@code #6 [POLISH] z4 unused}) names the N-th finding.</li>
 * <li>Then pairs scoring at least {@link #THRESHOLD}, best first.</li>
 * <li>Then leftovers that are paraphrases ({@code Training procedure lacks geometric diagram} for
 *     {@code Consistency distillation training procedure could show ... more visually}): a row of the
 *     same severity sharing a word.</li>
 * </ol>
 * Each row names at most one finding.
 */
final class FindingTitles {
    static final double THRESHOLD = 0.5;

    private static final Pattern NUMBERED = Pattern.compile("^(?:finding\\s*)?#(\\d+)\\b", Pattern.CASE_INSENSITIVE);
    private static final Set<String> SMALL_WORDS = Set.of("a", "an", "the", "is", "are", "was", "were", "be", "been",
            "of", "in", "on", "for", "to", "and", "or", "with", "from", "at", "by", "as", "it", "its", "this",
            "that", "into", "than", "has", "have", "had", "does", "do", "critical", "improvement", "polish");

    private final List<Finding> findings;
    private final List<ResolutionCheck> rows;
    private final boolean[] named;
    private final boolean[] used;
    /** Each title's words, worked out once: every finding is scored against every row, twice. */
    private final List<Set<String>> findingWords;
    private final List<Set<String>> rowWords;

    private FindingTitles(List<Finding> findings, List<ResolutionCheck> rows) {
        this.findings = findings;
        this.rows = rows;
        this.named = new boolean[findings.size()];
        this.used = new boolean[rows.size()];
        this.findingWords = findings.stream().map(f -> words(f.title().plain())).toList();
        this.rowWords = rows.stream().map(r -> words(r.finding().plain())).toList();
    }

    /** The findings no row names. */
    static List<Finding> unmatched(List<Finding> findings, List<ResolutionCheck> rows) {
        FindingTitles pairing = new FindingTitles(findings, rows);
        pairing.numbered();
        pairing.pair((finding, row, score) -> score >= THRESHOLD);
        pairing.pair((finding, row, score) -> score > 0 && row.severity().isPresent()
                && row.severity().equals(finding.severity()));
        return IntStream.range(0, findings.size()).filter(f -> !pairing.named[f]).mapToObj(findings::get).toList();
    }

    private interface Acceptable {
        boolean test(Finding finding, ResolutionCheck row, double score);
    }

    private record Pair(int finding, int row, double score) {
    }

    private void numbered() {
        for (int r = 0; r < rows.size(); r++) {
            Matcher m = NUMBERED.matcher(rows.get(r).finding().plain());
            int number = m.find() ? Integer.parseInt(m.group(1)) : 0;
            if (number >= 1 && number <= findings.size() && !named[number - 1]) {
                named[number - 1] = true;
                used[r] = true;
            }
        }
    }

    /** Takes the acceptable pairs of findings and rows not yet paired, best first. */
    private void pair(Acceptable acceptable) {
        List<Pair> pairs = new ArrayList<>();
        for (int f = 0; f < findings.size(); f++) {
            Set<String> title = findingWords.get(f);
            for (int r = 0; r < rows.size(); r++) {
                double score = similarity(title, rowWords.get(r));
                if (!named[f] && !used[r] && acceptable.test(findings.get(f), rows.get(r), score)) {
                    pairs.add(new Pair(f, r, score));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::score).reversed().thenComparingInt(Pair::finding));
        for (Pair pair : pairs) {
            if (!named[pair.finding()] && !used[pair.row()]) {
                named[pair.finding()] = true;
                used[pair.row()] = true;
            }
        }
    }

    /** The words that carry a title's meaning. */
    static Set<String> words(String title) {
        Set<String> words = new HashSet<>();
        for (String w : ConceptNames.letterRuns(title.toLowerCase(Locale.ROOT))) {
            if (!SMALL_WORDS.contains(w)) {
                words.add(ConceptNames.singular(w));
            }
        }
        return words;
    }

    /** The share of the shorter title's words that the other title has; 0 when either has none. */
    static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        return (double) ConceptNames.overlap(a, b) / Math.min(a.size(), b.size());
    }
}
