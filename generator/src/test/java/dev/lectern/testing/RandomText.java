package dev.lectern.testing;

import java.util.Random;

/** Short random strings over a given alphabet, and random choices, for differential and fuzz tests. */
public final class RandomText {
    private final Random random;
    private final String alphabet;
    private final int maxLength;

    public RandomText(long seed, String alphabet, int maxLength) {
        this.random = new Random(seed);
        this.alphabet = alphabet;
        this.maxLength = maxLength;
    }

    /** The next string, of 0 to {@code maxLength - 1} characters. */
    public String next() {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(maxLength); i > 0; i--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    public boolean nextBoolean() {
        return random.nextBoolean();
    }

    /** From 0 to {@code bound - 1}. */
    public int nextInt(int bound) {
        return random.nextInt(bound);
    }
}
