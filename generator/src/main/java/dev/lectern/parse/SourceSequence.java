package dev.lectern.parse;

import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKeyBase;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.BasedSequenceImpl;
import com.vladsch.flexmark.util.sequence.Range;
import com.vladsch.flexmark.util.sequence.SequenceUtils;

/**
 * Markdown source for Flexmark whose parts give their text in one copy, once. Flexmark's own
 * sequence copies its text a character at a time on every {@code toString}, and its inline parser
 * asks for the whole paragraph's text at every regex match (JDK 17's {@code Matcher.toMatchResult}
 * copies its input): a paragraph with thousands of links took time quadratic in its length.
 * Otherwise it reads as Flexmark's sequence does, NUL read as U+FFFD.
 */
public final class SourceSequence extends BasedSequenceImpl {
    private final String source;
    private final SourceSequence whole;
    private final int start;
    private final int end;
    private String text;

    private SourceSequence(String source) {
        super(0);
        this.source = source;
        this.whole = this;
        this.start = 0;
        this.end = source.length();
        this.text = source;
    }

    private SourceSequence(SourceSequence whole, int start, int end) {
        super(0);
        this.source = whole.source;
        this.whole = whole;
        this.start = start;
        this.end = end;
    }

    public static BasedSequence of(String markdown) {
        return new SourceSequence(markdown.replace(SequenceUtils.NUL, SequenceUtils.ENC_NUL));
    }

    @Override
    public String toString() {
        String cut = text;
        if (cut == null) {
            cut = source.substring(start, end);
            text = cut;
        }
        return cut;
    }

    @Override
    public char charAt(int index) {
        SequenceUtils.validateIndex(index, length());
        return source.charAt(start + index);
    }

    @Override
    public int length() {
        return end - start;
    }

    @Override
    public BasedSequence subSequence(int startIndex, int endIndex) {
        SequenceUtils.validateStartEnd(startIndex, endIndex, length());
        return baseSubSequence(start + startIndex, start + endIndex);
    }

    @Override
    public BasedSequence baseSubSequence(int startIndex, int endIndex) {
        SequenceUtils.validateStartEnd(startIndex, endIndex, source.length());
        return startIndex == start && endIndex == end ? this : new SourceSequence(whole, startIndex, endIndex);
    }

    @Override
    public BasedSequence getBaseSequence() {
        return whole;
    }

    @Override
    public Object getBase() {
        return source;
    }

    @Override
    public int getStartOffset() {
        return start;
    }

    @Override
    public int getEndOffset() {
        return end;
    }

    @Override
    public int getIndexOffset(int index) {
        SequenceUtils.validateIndexInclusiveEnd(index, length());
        return start + index;
    }

    @Override
    public Range getSourceRange() {
        return Range.of(start, end);
    }

    @Override
    public int getOptionFlags() {
        return 0;
    }

    @Override
    public boolean allOptions(int options) {
        return false;
    }

    @Override
    public boolean anyOptions(int options) {
        return false;
    }

    @Override
    public <T> T getOption(DataKeyBase<T> dataKey) {
        return dataKey.get(null);
    }

    @Override
    public DataHolder getOptions() {
        return null;
    }
}
