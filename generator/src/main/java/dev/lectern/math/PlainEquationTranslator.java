package dev.lectern.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a line that is entirely a plain-text equation, as lesson outlines write them
 * ({@code L_ADD = L_diffusion + lambda * L_adversarial}), into TeX
 * ({@code L_{\text{ADD}} = L_{\text{diffusion}} + \lambda \, L_{\text{adversarial}}}), and says
 * "not an equation" for anything else, prose above all.
 *
 * <p>A line is an equation when it has {@code =} or {@code ≈} with something on both sides and
 * holds nothing but identifiers, numbers, operators ({@code + - * / ^ × · -> < >} and their
 * Unicode forms), parentheses, brackets and commas. Each identifier must look like maths: at most
 * two letters (and no English word such as "is"), a Greek letter name, a known function
 * ({@code log}, {@code sqrt}, ...) or a name with subscripts ({@code L_diffusion}). So one ordinary
 * word, a quote, a colon, a final period, Markdown emphasis or a list marker rule a line out.
 *
 * <p>Translation: tokens are joined by single spaces; {@code a_bc} becomes {@code a_{\text{bc}}}
 * (one character stays bare: {@code x_t}); {@code a_{...}} groups are translated inside; Greek names
 * become commands ({@code \lambda}), also in subscripts; {@code hat_x} and {@code alpha_bar} become
 * {@code \hat{x}} and {@code \bar{\alpha}}; {@code *} between factors becomes a thin space
 * {@code \,}; {@code sqrt(x)} becomes {@code \sqrt{x}}; {@code ≈} {@code \approx}; {@code ->}
 * {@code \to}. Stateless and thread-safe.
 */
public final class PlainEquationTranslator {

    private static final Set<String> GREEK = Set.of(
            "alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta", "vartheta",
            "iota", "kappa", "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "upsilon", "phi",
            "varphi", "chi", "psi", "omega", "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma",
            "Upsilon", "Phi", "Psi", "Omega", "nabla", "partial");

    private static final Map<Character, String> UNICODE_LETTERS = Map.ofEntries(
            Map.entry('α', "alpha"), Map.entry('β', "beta"), Map.entry('γ', "gamma"), Map.entry('δ', "delta"),
            Map.entry('ε', "epsilon"), Map.entry('ζ', "zeta"), Map.entry('η', "eta"), Map.entry('θ', "theta"),
            Map.entry('ι', "iota"), Map.entry('κ', "kappa"), Map.entry('λ', "lambda"), Map.entry('μ', "mu"),
            Map.entry('ν', "nu"), Map.entry('ξ', "xi"), Map.entry('π', "pi"), Map.entry('ρ', "rho"),
            Map.entry('σ', "sigma"), Map.entry('τ', "tau"), Map.entry('υ', "upsilon"), Map.entry('φ', "phi"),
            Map.entry('χ', "chi"), Map.entry('ψ', "psi"), Map.entry('ω', "omega"), Map.entry('Γ', "Gamma"),
            Map.entry('Δ', "Delta"), Map.entry('Θ', "Theta"), Map.entry('Λ', "Lambda"), Map.entry('Ξ', "Xi"),
            Map.entry('Π', "Pi"), Map.entry('Σ', "Sigma"), Map.entry('Φ', "Phi"), Map.entry('Ψ', "Psi"),
            Map.entry('Ω', "Omega"), Map.entry('∇', "nabla"), Map.entry('∂', "partial"));

    /** Functions KaTeX sets upright; {@code sqrt} is handled apart, as it takes a braced argument. */
    private static final Set<String> FUNCTIONS = Set.of(
            "log", "ln", "exp", "sin", "cos", "tan", "max", "min", "det", "sqrt");

    private static final Set<String> ACCENTS = Set.of("hat", "bar", "tilde", "vec", "dot");
    /** A differential, {@code dt}, {@code dw}, {@code dx}: set off by a thin space from the factor before it. */
    private static final Pattern DIFFERENTIAL = Pattern.compile("d[a-z]");
    private static final Map<String, String> SIGNS = Map.of("minus", "-", "plus", "+");

    /** Two-letter words that make a line prose, however mathematical the rest. */
    private static final Set<String> ENGLISH = Set.of(
            "am", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my",
            "no", "of", "oh", "ok", "on", "or", "so", "to", "up", "us", "we");

    private static final Map<String, String> OPERATORS = Map.ofEntries(
            Map.entry("=", "="), Map.entry("≈", "\\approx"), Map.entry("+", "+"), Map.entry("-", "-"),
            Map.entry("/", "/"), Map.entry("*", "\\,"), Map.entry("×", "\\times"), Map.entry("·", "\\cdot"),
            Map.entry("->", "\\to"), Map.entry("→", "\\to"), Map.entry("<", "<"), Map.entry(">", ">"),
            Map.entry("<=", "\\leq"), Map.entry("≤", "\\leq"), Map.entry(">=", "\\geq"), Map.entry("≥", "\\geq"),
            Map.entry("!=", "\\neq"), Map.entry("≠", "\\neq"), Map.entry("^", "^"));

    private static final Set<String> RELATIONS = Set.of("=", "≈");

    private static final Pattern LIST_ITEM = Pattern.compile("[-*+] .*");

    /**
     * A symbol with a subscript, as prose writes them ({@code x_0}, {@code d_model}, {@code x_{t_{n+1}}},
     * {@code epsilon_theta}, {@code hat_x_t}): a letter or a Greek name (after an accent, if any), then
     * {@code _} parts. Not inside a word or a path ({@code n_steps}'s {@code s_} is no symbol, nor
     * {@code a/b_c}), and not followed by more of one ({@code x_t^2}, {@code x_0_}): those stay text.
     */
    private static final Pattern SYMBOL = Pattern.compile("(?<![\\w\\\\$./'])(?:(?:" + String.join("|", ACCENTS)
            + ")_)?(?:" + String.join("|", GREEK) + "|[A-Za-z])(?:_(?:\\{(?:[^{}\\s]|\\{[^{}\\s]*})+}|[A-Za-z0-9]+))+'*"
            + "(?![\\w{^'])");

    /** Where a symbol with a subscript ({@link #SYMBOL}) stands in prose, and its TeX. */
    public record Symbol(int start, int end, String tex) {
    }

    /**
     * The formulas in a run of prose, in order: each symbol with a subscript ({@code where x_0 is the image}); and,
     * when the run ends its line ({@code toLineEnd}), the whole run if it is an equation (a table cell that is one),
     * or its part after a label's colon ({@code Target: v = epsilon - x_0}), either up to a comma that goes on in
     * prose ({@code ..., where t goes from 0 to 1}) or up to a remark in parentheses at the end ({@code x_t = epsilon
     * (pure noise)}), so that an equation is typeset whole, not its subscripted symbols alone among plain
     * {@code sqrt(...)} and {@code epsilon}.
     */
    public List<Symbol> symbols(String text, boolean toLineEnd) {
        boolean relation = text.indexOf('=') >= 0 || text.indexOf('≈') >= 0 || text.contains("approx");
        if (toLineEnd && relation) {
            int colon = text.indexOf(": ");
            int remark = text.stripTrailing().endsWith(")") ? text.lastIndexOf(" (") : -1;
            for (int start : colon < 0 ? new int[] {0} : new int[] {0, colon + 2}) {
                int comma = text.indexOf(", ", start);
                for (int end : new int[] {text.length(), comma, remark}) {
                    if (end <= start) {
                        continue;
                    }
                    String part = text.substring(start, end);
                    Optional<String> tex = toTex(part);
                    if (tex.isPresent()) {
                        int begin = start + part.length() - part.stripLeading().length();
                        List<Symbol> found = new ArrayList<>(subscripted(text.substring(0, begin), 0));
                        found.add(new Symbol(begin, start + part.stripTrailing().length(), tex.get()));
                        found.addAll(subscripted(text.substring(end), end));
                        return found;
                    }
                }
            }
        }
        return relation ? parenthesised(text) : subscripted(text, 0);
    }

    /**
     * Each equation in parentheses in prose ({@code the velocity (v = epsilon - x_0) is}) typeset whole, without its
     * parentheses, and the symbols with a subscript elsewhere. Not a function's argument ({@code f(x = 1)}).
     */
    private List<Symbol> parenthesised(String text) {
        List<Symbol> found = new ArrayList<>();
        int from = 0;
        for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
            int close = open == 0 || !Character.isLetterOrDigit(text.charAt(open - 1)) ? closing(text, open) : -1;
            String inside = close < 0 ? "" : text.substring(open + 1, close);
            Optional<String> tex = toTex(inside);
            if (tex.isPresent()) {
                found.addAll(subscripted(text.substring(from, open), from));
                int begin = open + 1 + inside.length() - inside.stripLeading().length();
                found.add(new Symbol(begin, open + 1 + inside.stripTrailing().length(), tex.get()));
                from = close;
                open = close;
            }
        }
        found.addAll(subscripted(text.substring(from), from));
        return found;
    }

    /** Where the parenthesis opened at {@code open} closes; -1 when it does not. */
    private static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The symbols with a subscript in {@code text}, which starts at {@code offset} of the run. */
    private List<Symbol> subscripted(String text, int offset) {
        List<Symbol> symbols = new ArrayList<>();
        Matcher m = SYMBOL.matcher(text);
        while (m.find()) {
            try {
                List<Token> tokens = new Lexer(m.group()).tokens();
                if (tokens.size() == 1 && tokens.get(0).kind() == Kind.IDENT) {
                    symbols.add(new Symbol(offset + m.start(), offset + m.end(), new Emitter(tokens).tex()));
                }
            } catch (NotAnEquation e) {
                // not one the lexer reads: it stays text
            }
        }
        return symbols;
    }

    /** The TeX for {@code line}, or empty when the line is not entirely an equation. */
    public Optional<String> toTex(String line) {
        String text = line.strip();
        if (text.isEmpty() || LIST_ITEM.matcher(text).matches()) {
            return Optional.empty(); // a Markdown list item is text, whatever follows the marker
        }
        try {
            List<Token> tokens = new Lexer(text).tokens();
            checkShape(tokens);
            return Optional.of(new Emitter(tokens).tex());
        } catch (NotAnEquation e) {
            return Optional.empty();
        }
    }

    /** Thrown, and caught above, as soon as the line shows it is not an equation. */
    private static final class NotAnEquation extends Exception {
        NotAnEquation() {
            super(null, null, false, false);
        }
    }

    /** {@code GROUP} is a braced exponent, {@code ^{...}}, its tokens in {@code parts}. */
    private enum Kind { IDENT, NUMBER, GROUP, OPERATOR, OPEN, CLOSE, COMMA }

    /**
     * One token. {@code parts} holds an identifier's {@code _}-separated parts (a part in braces is
     * its own token list) and {@code text} its primes ({@code x_t'}); {@code call} marks an
     * identifier directly followed by {@code (}.
     */
    private record Token(Kind kind, String text, List<Object> parts, boolean call) {
        static Token of(Kind kind, String text) {
            return new Token(kind, text, List.of(), false);
        }
    }

    /** Reads tokens; any character outside the equation alphabet ends the attempt. */
    private static final class Lexer {
        private final String text;
        private int pos;

        Lexer(String text) {
            this.text = text;
        }

        List<Token> tokens() throws NotAnEquation {
            List<Token> tokens = new ArrayList<>();
            while (true) {
                skipSpaces();
                if (pos >= text.length()) {
                    return tokens;
                }
                boolean exponent = !tokens.isEmpty() && tokens.get(tokens.size() - 1).text().equals("^");
                if (exponent && text.charAt(pos) == '{') {
                    tokens.add(new Token(Kind.GROUP, "", List.of(new Lexer(braced()).tokens()), false));
                } else {
                    tokens.add(next());
                }
            }
        }

        private Token next() throws NotAnEquation {
            char c = text.charAt(pos);
            if (Character.isDigit(c)) {
                return number();
            }
            if (isAsciiLetter(c) || UNICODE_LETTERS.containsKey(c)) {
                return identifier();
            }
            for (String op : new String[] {"->", "<=", ">=", "!="}) {
                if (text.startsWith(op, pos)) {
                    pos += op.length();
                    return Token.of(Kind.OPERATOR, op);
                }
            }
            pos++;
            String s = String.valueOf(c);
            if (OPERATORS.containsKey(s)) {
                return Token.of(Kind.OPERATOR, s);
            }
            return switch (c) {
                case '(', '[' -> Token.of(Kind.OPEN, s);
                case ')', ']' -> Token.of(Kind.CLOSE, s);
                case ',' -> Token.of(Kind.COMMA, s);
                default -> throw new NotAnEquation();
            };
        }

        private Token number() {
            int start = pos;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            // A decimal point needs digits after it: "1 = 1." is a sentence.
            if (pos + 1 < text.length() && text.charAt(pos) == '.' && Character.isDigit(text.charAt(pos + 1))) {
                pos++;
                while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                    pos++;
                }
            }
            return Token.of(Kind.NUMBER, text.substring(start, pos));
        }

        private Token identifier() throws NotAnEquation {
            List<Object> parts = new ArrayList<>();
            parts.add(word());
            while (pos < text.length() && text.charAt(pos) == '_') {
                pos++;
                if (pos < text.length() && text.charAt(pos) == '{') {
                    parts.add(new Lexer(braced()).tokens());
                } else if (pos < text.length() && isWordChar(text.charAt(pos))) {
                    parts.add(word());
                } else {
                    throw new NotAnEquation();
                }
            }
            String name = (String) parts.get(0);
            if (parts.size() == 1 && name.equals("approx")) {
                return Token.of(Kind.OPERATOR, "≈"); // as prose spells it: epsilon_theta approx -sqrt(...)
            }
            if (parts.size() == 1 && !looksLikeMath(name)) {
                throw new NotAnEquation();
            }
            StringBuilder primes = new StringBuilder();
            while (pos < text.length() && text.charAt(pos) == '\'') {
                primes.append('\'');
                pos++;
            }
            boolean call = pos < text.length() && text.charAt(pos) == '(';
            return new Token(Kind.IDENT, primes.toString(), parts, call);
        }

        /** Letters and digits, or one Unicode Greek letter (spelled out, e.g. "theta"). */
        private String word() {
            char c = text.charAt(pos);
            if (UNICODE_LETTERS.containsKey(c)) {
                pos++;
                return UNICODE_LETTERS.get(c);
            }
            int start = pos;
            while (pos < text.length() && (isAsciiLetter(text.charAt(pos)) || Character.isDigit(text.charAt(pos)))) {
                pos++;
            }
            return text.substring(start, pos);
        }

        private String braced() throws NotAnEquation {
            int depth = 0;
            int start = pos + 1;
            for (; pos < text.length(); pos++) {
                char c = text.charAt(pos);
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    String inside = text.substring(start, pos++);
                    if (inside.isBlank()) {
                        throw new NotAnEquation();
                    }
                    return inside;
                }
            }
            throw new NotAnEquation();
        }

        private void skipSpaces() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private static boolean isWordChar(char c) {
            return isAsciiLetter(c) || Character.isDigit(c) || UNICODE_LETTERS.containsKey(c);
        }

        private static boolean isAsciiLetter(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

        private static boolean looksLikeMath(String name) {
            return GREEK.contains(name) || FUNCTIONS.contains(name)
                    || (name.length() <= 2 && !ENGLISH.contains(name));
        }
    }

    /**
     * Checks the line reads as a formula: a relation with both sides, balanced brackets, no two
     * binary operators in a row, no operator at an end.
     */
    private static void checkShape(List<Token> tokens) throws NotAnEquation {
        if (tokens.stream().noneMatch(t -> t.kind() == Kind.OPERATOR && RELATIONS.contains(t.text()))) {
            throw new NotAnEquation();
        }
        List<String> open = new ArrayList<>();
        Token previous = null;
        for (Token token : tokens) {
            switch (token.kind()) {
                case OPEN -> open.add(token.text().equals("(") ? ")" : "]");
                case CLOSE -> {
                    if (open.isEmpty() || !open.remove(open.size() - 1).equals(token.text()) || expectsOperand(previous)) {
                        throw new NotAnEquation();
                    }
                }
                case OPERATOR, COMMA -> {
                    boolean unaryMinus = token.text().equals("-");
                    if (expectsOperand(previous) && !(unaryMinus && (previous == null || !previous.text().equals("-")))) {
                        throw new NotAnEquation();
                    }
                }
                default -> {
                }
            }
            previous = token;
        }
        if (!open.isEmpty() || expectsOperand(previous)) {
            throw new NotAnEquation();
        }
    }

    /** Whether an operand must follow {@code token} (true at the start). */
    private static boolean expectsOperand(Token token) {
        return token == null || token.kind() == Kind.OPERATOR || token.kind() == Kind.OPEN || token.kind() == Kind.COMMA;
    }

    /** Writes TeX for a checked token list. */
    private static final class Emitter {
        private final List<Token> tokens;
        private final StringBuilder out = new StringBuilder();
        private boolean glue = true; // no space before the next piece

        Emitter(List<Token> tokens) {
            this.tokens = tokens;
        }

        String tex() throws NotAnEquation {
            for (int i = 0; i < tokens.size(); i++) {
                i = emit(i);
            }
            return out.toString();
        }

        /** Emits the token at {@code i} (and what it consumes); returns the last index used. */
        private int emit(int i) throws NotAnEquation {
            Token token = tokens.get(i);
            switch (token.kind()) {
                case IDENT -> {
                    Kind before = i == 0 ? Kind.OPERATOR : tokens.get(i - 1).kind();
                    boolean differential = token.parts().get(0) instanceof String word && DIFFERENTIAL.matcher(word).matches();
                    if (differential && (before == Kind.IDENT || before == Kind.CLOSE || before == Kind.NUMBER)) {
                        piece("\\,"); // x dt, sqrt(beta(t)) dw: TeX would run the factor and the differential together
                    }
                    if (token.call() && token.parts().equals(List.of("sqrt"))) {
                        int close = matching(i + 1);
                        piece("\\sqrt{" + sub(tokens.subList(i + 2, close)) + "}");
                        return close;
                    }
                    piece(identifier(token.parts()) + token.text());
                    glue = token.call();
                }
                case NUMBER -> piece(token.text());
                case GROUP -> throw new NotAnEquation(); // only after ^, which consumes it
                case OPEN -> {
                    piece(token.text());
                    glue = true;
                }
                case CLOSE, COMMA -> {
                    glue = true;
                    piece(token.text());
                }
                case OPERATOR -> {
                    if (token.text().equals("^")) {
                        return superscript(i);
                    }
                    boolean unary = token.text().equals("-") && expectsOperand(i == 0 ? null : tokens.get(i - 1));
                    piece(OPERATORS.get(token.text()));
                    glue = unary;
                }
            }
            return i;
        }

        /** {@code x^2}, {@code x^{10}}, {@code x^{-1}}, {@code x^{(n)}}: glued to what precedes. */
        private int superscript(int i) throws NotAnEquation {
            int from = i + 1;
            if (from < tokens.size() && tokens.get(from).kind() == Kind.GROUP) {
                @SuppressWarnings("unchecked")
                List<Token> group = (List<Token>) tokens.get(from).parts().get(0);
                out.append("^{").append(sub(group)).append('}');
                glue = false;
                return from;
            }
            int to = from + 1;
            if (from < tokens.size() && tokens.get(from).text().equals("-")) {
                to++;
            }
            if (to - 1 < tokens.size() && tokens.get(to - 1).kind() == Kind.OPEN) {
                to = matching(to - 1) + 1;
            }
            if (to > tokens.size()) {
                throw new NotAnEquation();
            }
            String exponent = sub(tokens.subList(from, to));
            out.append('^').append(exponent.length() == 1 ? exponent : "{" + exponent + "}");
            glue = false;
            return to - 1;
        }

        private int matching(int open) throws NotAnEquation {
            int depth = 0;
            for (int j = open; j < tokens.size(); j++) {
                Kind kind = tokens.get(j).kind();
                if (kind == Kind.OPEN) {
                    depth++;
                } else if (kind == Kind.CLOSE && --depth == 0) {
                    return j;
                }
            }
            throw new NotAnEquation();
        }

        private void piece(String tex) {
            if (!glue) {
                out.append(' ');
            }
            out.append(tex);
            glue = false;
        }

        private static String sub(List<Token> tokens) throws NotAnEquation {
            return new Emitter(tokens).tex();
        }

        /**
         * {@code [L, ADD]} -> {@code L_{\text{ADD}}}; {@code [hat, x, [t_n]]} -> {@code \hat{x}_{t_n}}; an accent last
         * is the base's, as {@code x_0_hat} is x-hat with 0 below: {@code \hat{x}_0}; a sign last is a superscript,
         * as {@code theta_minus} is the target network's θ⁻: {@code \theta^{-}}.
         */
        @SuppressWarnings("unchecked")
        private static String identifier(List<Object> parts) throws NotAnEquation {
            Object last = parts.get(parts.size() - 1);
            if (parts.size() > 1 && last instanceof String word && SIGNS.containsKey(word)) {
                return identifier(parts.subList(0, parts.size() - 1)) + "^{" + SIGNS.get(word) + "}";
            }
            if (parts.size() > 2 && last instanceof String word && ACCENTS.contains(word)
                    && !(parts.get(0) instanceof String first && ACCENTS.contains(first))) {
                List<Object> moved = new ArrayList<>(parts.subList(0, parts.size() - 1));
                moved.add(1, word);
                parts = moved;
            }
            int next;
            String base;
            if (parts.size() > 1 && ACCENTS.contains(parts.get(0)) && parts.get(1) instanceof String accented) {
                base = accent((String) parts.get(0), symbol(accented, true));
                next = 2;
            } else {
                base = parts.get(0) instanceof String word ? symbol(word, true) : sub((List<Token>) parts.get(0));
                next = 1;
            }
            while (next < parts.size() && parts.get(next) instanceof String word && ACCENTS.contains(word)) {
                base = accent(word, base);
                next++;
            }
            if (next == parts.size()) {
                return base;
            }
            Object first = parts.get(next);
            String subscript;
            if (next < parts.size() - 1) {
                subscript = identifier(parts.subList(next, parts.size()));
            } else if (first instanceof String word) {
                subscript = symbol(word, false);
            } else {
                subscript = sub((List<Token>) first);
            }
            return base + "_" + (subscript.length() == 1 ? subscript : "{" + subscript + "}");
        }

        private static String accent(String accent, String base) {
            return "\\" + accent + "{" + base + "}";
        }

        /**
         * One word: Greek and functions as commands, numbers and short names as they are (a base
         * such as {@code BA} is a product of symbols), other words as upright text.
         */
        private static String symbol(String word, boolean base) {
            if (GREEK.contains(word) || (FUNCTIONS.contains(word) && !word.equals("sqrt"))) {
                return "\\" + word;
            }
            if (word.length() <= (base ? 2 : 1) || word.chars().allMatch(Character::isDigit)) {
                return word;
            }
            return "\\text{" + word + "}";
        }
    }
}
