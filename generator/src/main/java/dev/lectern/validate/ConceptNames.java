package dev.lectern.validate;

import dev.lectern.parse.ModuleRecordParser;
import java.util.LinkedHashSet;
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

    /**
     * The name as shown in messages: the text before the first parenthesised part that follows a
     * space, so {@code Consistency function f(x_t, t) = x_0 (a learned network ...)} keeps its formula.
     */
    static String display(String cell) {
        return ModuleRecordParser.conceptName(cell);
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
        for (String raw : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (raw.length() < 2 || FILLER.contains(raw)) {
                continue; // single letters are formula variables (f, x, t), not names
            }
            words.add(singular(raw));
        }
        return words;
    }

    /** {@code models} and {@code model} are one word; {@code process} keeps its s. */
    private static String singular(String word) {
        return word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1)
                : word;
    }
}
