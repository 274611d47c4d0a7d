package dev.lectern.math;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
            Map.entry("!=", "\\neq"), Map.entry("≠", "\\neq"), Map.entry("^", "^"), Map.entry("~", "\\sim"));

    private static final Set<String> RELATIONS = Set.of("=", "≈");
    /** Each opening bracket and what closes it; {@code ||} is a norm's, {@code ||x||}. */
    private static final Map<String, String> BRACKETS = Map.of("(", ")", "[", "]", "||", "||");

    private static final Pattern LIST_ITEM = Pattern.compile("[-*+] .*");

    /**
     * A Greek letter's name as a word, typeset in a text that holds other maths; not {@code partial} (an English
     * word too) or {@code nabla} (the symbol's name: {@code the nabla (∇) symbol}), nor a capital's ({@code Pi},
     * {@code Delta} name things).
     */
    private static final List<String> GREEK_NAMES = GREEK.stream()
            .filter(g -> Character.isLowerCase(g.charAt(0)) && !g.equals("partial") && !g.equals("nabla")).sorted().toList();
    /** What makes a stretch of maths part of a word or a path when it comes right before it ({@code a/b_c}, {@code v1.5}). */
    private static final Pattern GLUED_BEFORE = Pattern.compile("[\\w\\\\$./']");
    private static final Pattern GLUED_AFTER = Pattern.compile("[\\w\\\\/'{]|\\.\\w");

    /** Where a formula stands in prose, and its TeX. */
    public record Symbol(int start, int end, String tex) {
    }

    /**
     * The formulas in a run of prose, in order. Each stretch of maths in it ({@code Compute x_t = (1-t)*x_0 +
     * t*epsilon}, {@code the velocity epsilon - x_0.}, {@code MSE(v_theta(x_t, t), epsilon - x_0)}) is typeset whole
     * when it holds a relation, or an operator and a symbol (a subscript, a Greek name, a function), or is a Greek
     * name's function ({@code gamma(t)}): a stretch ends at a word that is not maths, a colon, a full stop, a quote or
     * a dash, and is cut to balanced brackets, without an operator or comma at either end and without the parentheses
     * around it. A line that is an equation, or its part after a label, is read first ({@link #lineEquation}).
     * Elsewhere the symbols with a subscript
     * are typeset alone, and, in a text that holds a formula, the Greek names ({@code from x_0 to epsilon}): alone in
     * other prose they stay words ({@code alpha release}). A stretch at the end of a run that does not end its line
     * ({@code toLineEnd} false: emphasis or a link cuts it short) is a fragment, and keeps only its symbols typeset.
     */
    public List<Symbol> symbols(String text, boolean toLineEnd) {
        List<Symbol> found = new ArrayList<>();
        int last = text.stripTrailing().length();
        String prose = text;
        Optional<Symbol> equation = toLineEnd ? lineEquation(text) : Optional.empty();
        if (equation.isPresent()) { // read as the whole-line reading takes it; the prose around it as prose
            found.add(equation.get());
            int start = equation.get().start();
            int end = equation.get().end();
            prose = text.substring(0, start) + " ".repeat(end - start) + text.substring(end);
        }
        List<Symbol> greek = new ArrayList<>();
        for (List<Piece> run : new Lexer(prose, true).runs()) {
            // x + alpha * attention_output: maths that goes on in words is a fragment (not before a dash, --)
            int n = run.size();
            boolean cut = run.get(n - 1).token().kind() == Kind.OPERATOR
                    && !(n > 1 && run.get(n - 1).token().text().equals("-") && run.get(n - 2).token().text().equals("-"));
            List<List<Piece>> stretches = stretches(run);
            for (List<Piece> stretch : stretches) {
                int end = stretch.get(stretch.size() - 1).end();
                boolean fragment = (cut && stretch == stretches.get(stretches.size() - 1)) || (end >= last && !toLineEnd);
                Optional<Symbol> whole = fragment ? Optional.empty() : formula(prose, stretch);
                if (whole.isPresent()) {
                    found.add(whole.get());
                    continue;
                }
                for (Piece piece : stretch) { // each symbol alone
                    List<Object> parts = piece.token().kind() == Kind.IDENT ? piece.token().parts() : List.of();
                    if (parts.size() > 1 || (parts.size() == 1 && GREEK_NAMES.contains(parts.get(0)))) {
                        identifierTex(piece.token()).map(tex -> new Symbol(piece.start(), piece.end(), tex))
                                .ifPresent(parts.size() > 1 ? found::add : greek::add);
                    }
                }
            }
        }
        if (!found.isEmpty()) { // a Greek name is a letter where the text holds maths
            found.addAll(greek);
            found.sort(Comparator.comparingInt(Symbol::start));
        }
        return found;
    }

    /** A symbol's TeX; none for one with a subscript that is no formula ({@code f_{theta^-}}), which stays text. */
    private static Optional<String> identifierTex(Token token) {
        try {
            return Optional.of(new Emitter(List.of(token)).tex());
        } catch (NotAnEquation e) {
            return Optional.empty();
        }
    }

    /**
     * The line, or its part after a label's colon ({@code Target: v = epsilon - x_0}), as an equation, either to its
     * end, to a comma that goes on in prose ({@code ..., where t goes from 0 to 1}) or to a remark in parentheses at
     * the end ({@code x_t = epsilon (pure noise)}): such a line may name a quantity in words ({@code noise_component}),
     * which prose elsewhere may not.
     */
    private Optional<Symbol> lineEquation(String text) {
        if (text.indexOf('=') < 0 && text.indexOf('≈') < 0 && !text.contains("approx")) {
            return Optional.empty();
        }
        int colon = text.indexOf(": ");
        int remark = text.stripTrailing().endsWith(")") ? text.lastIndexOf(" (") : -1;
        for (int start : colon < 0 ? new int[] {0} : new int[] {0, colon + 2}) {
            for (int end : new int[] {text.length(), text.indexOf(", ", start), remark}) {
                String part = end > start ? text.substring(start, end) : "";
                Optional<String> tex = toTex(part);
                if (tex.isPresent()) {
                    int begin = start + part.length() - part.stripLeading().length();
                    return Optional.of(new Symbol(begin, start + part.stripTrailing().length(), tex.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a text may hold a formula {@link #symbols} finds: a subscript, a relation or a Greek name. */
    public static boolean mayHold(CharSequence text) {
        int word = -1; // where the word of lower-case letters being read starts
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (c == '_' || c == '=' || c == '≈') {
                return true;
            }
            boolean lower = c >= 'a' && c <= 'z';
            if (lower && word < 0 && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                word = i;
            } else if (!lower && word >= 0) {
                if (!Character.isLetterOrDigit(c) && isGreekName(text, word, i)) {
                    return true;
                }
                word = -1;
            }
        }
        return false;
    }

    /** Whether {@code text} holds an equation's sign or a Greek name's function ({@code gamma(t)}): maths in plain text. */
    public static boolean mayHoldInPlainText(String text) {
        if (text.indexOf('=') >= 0 || text.indexOf('≈') >= 0) {
            return true;
        }
        for (int open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
            int start = open;
            while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
                start--;
            }
            if (start < open && GREEK.contains(text.substring(start, open))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} from {@code start} to {@code end} is one of {@link #GREEK_NAMES}, without copying it. */
    private static boolean isGreekName(CharSequence text, int start, int end) {
        for (String name : GREEK_NAMES) {
            if (name.length() == end - start && name.charAt(0) == text.charAt(start)
                    && name.contentEquals(text.subSequence(start, end))) {
                return true;
            }
        }
        return false;
    }

    /** A stretch typeset whole, as the formula it is; nothing when it is not one, or runs on into a word or a path. */
    private static Optional<Symbol> formula(String text, List<Piece> stretch) {
        boolean marked = stretch.size() > 3 && stretch.get(0).token().text().equals("(")
                && stretch.get(2).token().kind() == Kind.CLOSE;
        if (marked && (stretch.get(0).start() == 0 || !Character.isLetterOrDigit(text.charAt(stretch.get(0).start() - 1)))) {
            stretch = stretch.subList(3, stretch.size()); // (b) T = 100: an enumeration's mark, not zero_conv(c_i) = 0
        }
        int start = stretch.get(0).start();
        int end = stretch.get(stretch.size() - 1).end();
        List<Token> tokens = stretch.stream().map(Piece::token).toList();
        boolean wrapped = tokens.get(0).text().equals("(") && matching(tokens, 0) == tokens.size() - 1;
        boolean gluedBefore = !wrapped && start > 0 && GLUED_BEFORE.matcher(text).region(start - 1, start).lookingAt();
        if (gluedBefore || GLUED_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
            return Optional.empty();
        }
        boolean relation = tokens.stream().anyMatch(t -> t.kind() == Kind.OPERATOR && RELATIONS.contains(t.text()));
        boolean operator = tokens.stream().anyMatch(t -> t.kind() == Kind.OPERATOR
                || (t.kind() == Kind.IDENT && t.parts().size() > 1 && t.parts().get(0).equals("nabla"))); // nabla_theta L
        boolean symbol = tokens.stream().anyMatch(t -> t.kind() == Kind.IDENT && (t.parts().size() > 1
                || GREEK.contains(t.parts().get(0)) || FUNCTIONS.contains(t.parts().get(0)) || t.call()));
        Token first = tokens.get(0);
        boolean greekCall = first.call() && GREEK.contains(first.parts().get(0)) && matching(tokens, 1) == tokens.size() - 1;
        if (!relation && !(operator && symbol) && !greekCall) { // gamma(t): a Greek name's function
            return Optional.empty();
        }
        if (wrapped) {
            stretch = stretch.subList(1, stretch.size() - 1); // the parentheses around it stay text
            tokens = tokens.subList(1, tokens.size() - 1);
        }
        try {
            checkShape(tokens, false);
            return Optional.of(new Symbol(stretch.get(0).start(), stretch.get(stretch.size() - 1).end(),
                    new Emitter(tokens).tex()));
        } catch (NotAnEquation e) {
            return Optional.empty();
        }
    }

    /**
     * A run of maths cut into stretches with balanced brackets (an unmatched bracket ends one: {@code (a remark x_0)}),
     * and at its commas outside brackets, each without operators, commas or brackets left over at its ends
     * ({@code , x_t = 1 (} is {@code x_t = 1}).
     */
    private static List<List<Piece>> stretches(List<Piece> run) {
        List<List<Piece>> stretches = new ArrayList<>();
        List<Integer> open = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < run.size(); i++) {
            Token token = run.get(i).token();
            if (token.kind() == Kind.OPEN) {
                open.add(i);
            } else if (token.kind() == Kind.COMMA && open.isEmpty()) { // t = 1000, 1 - alpha_bar: two formulas
                trimmed(run.subList(from, i)).ifPresent(stretches::add);
                from = i + 1;
            } else if (token.kind() == Kind.CLOSE) {
                if (open.isEmpty() || !closes(run.get(open.get(open.size() - 1)).token(), token)) {
                    trimmed(run.subList(from, i)).ifPresent(stretches::add);
                    from = i + 1;
                    open.clear();
                } else {
                    open.remove(open.size() - 1);
                }
            }
        }
        if (!open.isEmpty()) { // the first bracket left open ends the stretch; what follows it is read again
            int unmatched = open.get(0);
            trimmed(run.subList(from, unmatched)).ifPresent(stretches::add);
            stretches.addAll(stretches(run.subList(unmatched + 1, run.size())));
        } else {
            trimmed(run.subList(from, run.size())).ifPresent(stretches::add);
        }
        return stretches;
    }

    private static boolean closes(Token open, Token close) {
        return BRACKETS.get(open.text()).equals(close.text());
    }

    private static Optional<List<Piece>> trimmed(List<Piece> stretch) {
        int from = 0;
        int to = stretch.size();
        while (from < to && !startsOperand(stretch, from)) {
            from++;
        }
        while (to > from && !endsOperand(stretch.get(to - 1).token())) {
            to--;
        }
        return from < to ? Optional.of(stretch.subList(from, to)) : Optional.empty();
    }

    /** An operand, an opening bracket, or a minus sign before an operand (not a dash's second: {@code -- W_Q}). */
    private static boolean startsOperand(List<Piece> stretch, int i) {
        Kind kind = stretch.get(i).token().kind();
        if (kind == Kind.OPERATOR && stretch.get(i).token().text().equals("-") && i + 1 < stretch.size()
                && (i == 0 || !stretch.get(i - 1).token().text().equals("-"))) {
            Kind next = stretch.get(i + 1).token().kind();
            return next == Kind.IDENT || next == Kind.NUMBER || next == Kind.OPEN;
        }
        return kind == Kind.IDENT || kind == Kind.NUMBER || kind == Kind.OPEN;
    }

    private static boolean endsOperand(Token token) {
        return token.kind() == Kind.IDENT || token.kind() == Kind.NUMBER || token.kind() == Kind.CLOSE
                || token.kind() == Kind.GROUP;
    }

    /** Where the bracket opened at {@code open} closes; -1 when it does not. */
    private static int matching(List<Token> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            Kind kind = tokens.get(i).kind();
            if (kind == Kind.OPEN) {
                depth++;
            } else if (kind == Kind.CLOSE && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The TeX for {@code line}, or empty when the line is not entirely an equation. */
    public Optional<String> toTex(String line) {
        String text = line.strip();
        if (text.isEmpty() || LIST_ITEM.matcher(text).matches()) {
            return Optional.empty(); // a Markdown list item is text, whatever follows the marker
        }
        try {
            List<Token> tokens = new Lexer(text).tokens();
            checkShape(tokens, true);
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

    /** A token of prose and where it stands in the text. */
    private record Piece(Token token, int start, int end) {
    }

    /** Reads tokens; any character outside the equation alphabet ends the attempt. */
    private static final class Lexer {
        private final String text;
        /**
         * Reading prose ({@link #runs}): a name with a subscript needs a symbol's base ({@code x_0}, {@code alpha_bar},
         * not {@code num_steps}), and a name that runs on into a word ({@code x_0's}) is no symbol.
         */
        private final boolean prose;
        private int pos;
        /** The token read last, which says whether {@code ||} opens a norm or closes one. */
        private Token last;

        Lexer(String text) {
            this(text, false);
        }

        Lexer(String text, boolean prose) {
            this.text = text;
            this.prose = prose;
        }

        /** The runs of maths in prose, each up to what is not maths (a word, a colon, a quote), which is skipped. */
        List<List<Piece>> runs() {
            List<List<Piece>> runs = new ArrayList<>();
            List<Piece> run = new ArrayList<>();
            while (true) {
                skipSpaces();
                if (pos >= text.length()) {
                    break;
                }
                int start = pos;
                try {
                    Token token = read();
                    run.add(new Piece(token, start, pos));
                } catch (NotAnEquation e) {
                    skipWord(start);
                    last = null;
                    if (!run.isEmpty() && run.get(run.size() - 1).end() == start && inWord(start)) {
                        run.remove(run.size() - 1); // y-hat, v1.5, a/b_c.md: the piece before is a word's, not a symbol
                    }
                    if (!run.isEmpty()) {
                        runs.add(run);
                        run = new ArrayList<>();
                    }
                }
            }
            if (!run.isEmpty()) {
                runs.add(run);
            }
            return runs;
        }

        List<Token> tokens() throws NotAnEquation {
            List<Token> tokens = new ArrayList<>();
            while (true) {
                skipSpaces();
                if (pos >= text.length()) {
                    return tokens;
                }
                tokens.add(read());
            }
        }

        /** The token at {@code pos}: a braced exponent after {@code ^} ({@code x^{10}}), else {@link #next}. */
        private Token read() throws NotAnEquation {
            boolean exponent = last != null && last.text().equals("^") && text.charAt(pos) == '{';
            last = exponent ? new Token(Kind.GROUP, "", List.of(new Lexer(braced()).tokens()), false) : next();
            return last;
        }

        /** Past what is not maths at {@code start}: a word and what it runs on into ({@code noise_component}, {@code -hat_i}), or a character. */
        private void skipWord(int start) {
            pos = start + 1;
            if (isWordChar(text.charAt(start)) || inWord(start)) {
                while (pos < text.length() && !Character.isWhitespace(text.charAt(pos)) && "()[],".indexOf(text.charAt(pos)) < 0) {
                    pos++;
                }
            }
        }

        /** Whether the character at {@code i} joins two parts of one word: the hyphen of {@code y-hat}, the dot of {@code v1.5}. */
        private boolean inWord(int i) {
            if (i == 0 || i + 1 >= text.length() || isWordChar(text.charAt(i))) {
                return false;
            }
            char before = text.charAt(i - 1);
            char after = text.charAt(i + 1);
            return text.charAt(i) == '-' ? isAsciiLetter(before) && isAsciiLetter(after)
                    : ".'".indexOf(text.charAt(i)) >= 0 && isWordChar(before) && isWordChar(after);
        }

        private Token next() throws NotAnEquation {
            char c = text.charAt(pos);
            if (prose && inWord(pos)) {
                throw new NotAnEquation();
            }
            if (Character.isDigit(c)) {
                return number();
            }
            if (isAsciiLetter(c) || UNICODE_LETTERS.containsKey(c)) {
                return identifier();
            }
            if (text.startsWith("||", pos)) { // a norm's bars: opening where an operand is due
                pos += 2;
                return Token.of(expectsOperand(last) ? Kind.OPEN : Kind.CLOSE, "||");
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

        private Token number() throws NotAnEquation {
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
            // 65,536 in prose: a thousands comma, where a list would have a space after it
            while (prose && pos < text.length() && text.charAt(pos) == ',' && digits(pos + 1, 3)
                    && !digits(pos + 4, 1)) {
                pos += 4;
            }
            if (prose && pos < text.length() && isAsciiLetter(text.charAt(pos))) {
                throw new NotAnEquation(); // 175B, 3D, 2x faster: a quantity's unit, not a product
            }
            return Token.of(Kind.NUMBER, text.substring(start, pos));
        }

        private boolean digits(int from, int count) {
            if (from + count > text.length()) {
                return false;
            }
            for (int i = from; i < from + count; i++) {
                if (!Character.isDigit(text.charAt(i))) {
                    return false;
                }
            }
            return true;
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
            boolean named = prose && parts.size() == 1 && pos < text.length() && text.charAt(pos) == '('; // MSE(...), Uniform(0, 1)
            if (parts.size() == 1 ? !looksLikeMath(name) && !named : prose && !symbolBase(parts)) {
                throw new NotAnEquation();
            }
            StringBuilder primes = new StringBuilder();
            while (pos < text.length() && text.charAt(pos) == '\'') {
                primes.append('\'');
                pos++;
            }
            if (prose && pos < text.length() && isWordChar(text.charAt(pos))) {
                throw new NotAnEquation();
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

        /** A symbol's name, after an accent if any: {@code x_0}, {@code dx_t}, {@code alpha_bar}, {@code hat_x_t}; not {@code num_steps}. */
        private static boolean symbolBase(List<Object> parts) {
            String base = (String) parts.get(0);
            if (ACCENTS.contains(base) && parts.get(1) instanceof String accented) {
                base = accented;
            }
            return looksLikeMath(base) && !FUNCTIONS.contains(base);
        }

        private static boolean looksLikeMath(String name) {
            return GREEK.contains(name) || FUNCTIONS.contains(name)
                    || (name.length() <= 2 && !ENGLISH.contains(name.toLowerCase(Locale.ROOT)));
        }
    }

    /**
     * Checks the line reads as a formula: a relation with both sides, balanced brackets, no two
     * binary operators in a row, no operator at an end.
     */
    private static void checkShape(List<Token> tokens, boolean relation) throws NotAnEquation {
        if (relation && tokens.stream().noneMatch(t -> t.kind() == Kind.OPERATOR && RELATIONS.contains(t.text()))) {
            throw new NotAnEquation();
        }
        List<String> open = new ArrayList<>();
        Token previous = null;
        for (Token token : tokens) {
            switch (token.kind()) {
                case OPEN -> open.add(BRACKETS.get(token.text()));
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
                    String name = token.parts().get(0) instanceof String word && token.parts().size() == 1 && token.call()
                            && word.length() > 2 && !GREEK.contains(word) && !FUNCTIONS.contains(word)
                            ? "\\operatorname{" + word + "}" : identifier(token.parts()) + token.text();
                    piece(timesSign(i) ? "\\times" : name);
                    glue = token.call();
                }
                case NUMBER -> piece(token.text().replace(",", "{,}")); // 65,536: no space after the comma
                case GROUP -> throw new NotAnEquation(); // only after ^, which consumes it
                case OPEN -> {
                    piece(token.text().equals("||") ? "\\lVert " : token.text());
                    glue = true;
                }
                case CLOSE, COMMA -> {
                    glue = true;
                    piece(token.text().equals("||") ? "\\rVert" : token.text());
                }
                case OPERATOR -> {
                    if (token.text().equals("^")) {
                        return superscript(i);
                    }
                    boolean unary = token.text().equals("-") && expectsOperand(i == 0 ? null : tokens.get(i - 1));
                    boolean count = token.text().equals("*") && i + 1 < tokens.size() && tokens.get(i + 1).kind() == Kind.NUMBER;
                    piece(count ? "\\times" : OPERATORS.get(token.text())); // 256*256: a thin space would read 256 256
                    glue = unary;
                }
            }
            return i;
        }

        /** An {@code x} between numbers or brackets is a times sign: {@code 16 x 16}, {@code (H/p) x (W/p)}. */
        private boolean timesSign(int i) {
            Token token = tokens.get(i);
            if (i == 0 || i + 1 == tokens.size() || !token.parts().equals(List.of("x")) || token.call() || !token.text().isEmpty()) {
                return false;
            }
            Kind before = tokens.get(i - 1).kind();
            Kind after = tokens.get(i + 1).kind();
            return (before == Kind.NUMBER || before == Kind.CLOSE) && (after == Kind.NUMBER || after == Kind.OPEN);
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
            int close = PlainEquationTranslator.matching(tokens, open);
            if (close < 0) {
                throw new NotAnEquation();
            }
            return close;
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
