package dev.lectern.parse;

/**
 * Text that stops the parse reading it once its time budget is spent. Flexmark has no way to be
 * cancelled, and some malformed inline syntax takes it minutes; every parser step reads characters,
 * so checking the clock here (every 64K reads) ends any parse in time.
 */
final class BudgetedText implements CharSequence {
    private final String text;
    private final long deadlineNanos;
    private int reads;

    BudgetedText(String text, long deadlineNanos) {
        this.text = text;
        this.deadlineNanos = deadlineNanos;
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public char charAt(int index) {
        if ((++reads & 0xFFFF) == 0 && System.nanoTime() > deadlineNanos) {
            throw new BudgetExceeded();
        }
        return text.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }

    /** Thrown inside the parse when the budget is spent; caught by {@link GuardedParsing}. */
    static final class BudgetExceeded extends RuntimeException {
        BudgetExceeded() {
            super("time budget exceeded", null, false, false);
        }
    }
}
