package dev.lectern.validate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Concept names as planning tables write them, made comparable. Authors name the same concept
 * differently from table to table ({@code GAN/adversarial training (MENTIONED, need INTRODUCED)}
 * against {@code GAN / adversarial training (discriminator judges ...)}), so names are compared as
 * sets of words: lowercase, without parenthesised parts, punctuation, depth words and filler.
 */
final class ConceptNames {
    private static final Set<String> FILLER = Set.of("a", "an", "the", "of", "to", "for", "in", "on", "and", "or",
            "vs", "as", "at", "by", "with", "from", "into", "is", "its", "not", "need", "needs", "needed", "mentioned",
            "introduced", "developed", "applied", "taught", "gap");

    private ConceptNames() {
    }

    /** The words of the name, without its parenthesised parts. */
    static Set<String> words(String text) {
        return tokens(withoutParentheses(text));
    }

    /** The words of the whole text, parenthesised parts included. */
    static Set<String> allWords(String text) {
        return tokens(text);
    }

    /** How many words two names share. */
    static int overlap(Set<String> a, Set<String> b) {
        int shared = 0;
        for (String word : a) {
            shared += b.contains(word) ? 1 : 0;
        }
        return shared;
    }

    /** Shared words over all words (Jaccard), 0 when both are empty. */
    static double similarity(Set<String> a, Set<String> b) {
        int shared = overlap(a, b);
        int union = a.size() + b.size() - shared;
        return union == 0 ? 0 : (double) shared / union;
    }

    private static String withoutParentheses(String text) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '(') {
                depth++;
                out.append(' ');
            } else if (ch == ')' && depth > 0) {
                depth--;
            } else if (depth == 0) {
                out.append(ch);
            }
        }
        return out.toString();
    }

    private static Set<String> tokens(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String raw : letterRuns(text.toLowerCase(Locale.ROOT))) {
            if (raw.length() < 2 || FILLER.contains(raw)) {
                continue; // single letters are formula variables (f, x, t), not names
            }
            words.add(singular(raw));
        }
        return words;
    }

    /**
     * The runs of letters and numbers of {@code text}, as {@code text.split("[^\\p{L}\\p{N}]+")} less its
     * empty strings: a scan, where the pattern was a hot spot of validation (measured again on 2026-12-05,
     * 300 generated lessons, C1: with the pattern, gap-without-resolution, prereq-untraced and
     * finding-unresolved took 1.4-2.7 times the CPU).
     */
    static List<String> letterRuns(String text) {
        List<String> runs = new ArrayList<>();
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (isLetterOrNumber(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                runs.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            runs.add(text.substring(start));
        }
        return runs;
    }

    /** {@code \p{L}} or {@code \p{N}}: the general categories L* and N*. */
    private static boolean isLetterOrNumber(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** {@code models} and {@code model} are one word; {@code process} keeps its s. */
    static String singular(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1)
                : word;
    }
}
