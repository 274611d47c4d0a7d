package dev.lectern.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.block.BlockPreProcessor;
import com.vladsch.flexmark.parser.block.BlockPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns paragraphs into {@link ProseBlock}s, so Flexmark parses no inline syntax at load: the model
 * keeps it as text, and the renderer parses it. (In a list or quote Flexmark parses inline syntax
 * from a sequence gathered line by line, which it copies whole at every link or code span: quadratic.)
 * Tables and link reference definitions are still read by Flexmark first; headings stay headings.
 * A paragraph or heading over the {@link InlineBudget} becomes plain text.
 */
final class ProseParagraphs {
    /** Text gathered from lines in a list or quote is this many times dearer to copy than a stretch of the source. */
    private static final int GATHERED_COPY_WEIGHT = 16;

    private ProseParagraphs() {
    }

    /**
     * A paragraph's text without the markers of the lists and quotes around it, and whether its lines
     * are one stretch of the source (nothing cut from their starts, no tab widened): then it is cut
     * out in one copy.
     */
    private record Text(String text, boolean contiguous) {
        static Text of(Paragraph paragraph) {
            return of(paragraph.getContentLines());
        }

        static Text of(List<BasedSequence> lines) {
            if (lines.isEmpty()) {
                return new Text("", true);
            }
            int end = lines.get(0).getStartOffset();
            boolean contiguous = true;
            for (BasedSequence line : lines) {
                contiguous &= line.getStartOffset() == end && line.length() == line.getEndOffset() - end;
                end = line.getEndOffset();
            }
            if (contiguous) {
                BasedSequence first = lines.get(0);
                return new Text(first.baseSubSequence(first.getStartOffset(), end).toString(), true);
            }
            StringBuilder text = new StringBuilder();
            for (BasedSequence line : lines) {
                text.append(line.toString());
            }
            return new Text(text.toString(), false);
        }
    }

    /**
     * Before definitions and tables are read (Flexmark parses each table row's inline syntax): a
     * paragraph whose rows or definitions are over the budget is kept whole.
     */
    static final class OverBudget implements ParagraphPreProcessorFactory, Unordered {
        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            return (paragraph, parserState) -> {
                Text text = Text.of(paragraph);
                if (InlineBudget.fitsLineByLine(text.text(), text.contiguous() ? 1 : GATHERED_COPY_WEIGHT)) {
                    return 0;
                }
                ProseBlock prose = new ProseBlock(paragraph.getChars(), text.text(), true);
                paragraph.insertBefore(prose);
                parserState.blockAdded(prose);
                return paragraph.getChars().length();
            };
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return Set.of(ReferencePreProcessorFactory.class);
        }
    }

    /**
     * A table written right under a line of text, with no blank line between them, as GitHub reads
     * it: the text is a paragraph, the table a table. (Flexmark finds tables only at a paragraph's
     * start, and shows the rows as text.) Runs with the table reader, so it takes one table at a time.
     */
    static final class TextBeforeTable implements ParagraphPreProcessorFactory, Unordered {
        /** A cell of a delimiter row as Flexmark's tables take it: three characters or more of dashes and colons. */
        private static final String CELL = "\\s*(?:-{3,}|:-{2,}|-{2,}:|:-+:)\\s*";
        private static final Pattern DELIMITER_ROW = Pattern.compile("\\s*\\|?" + CELL + "(?:\\|" + CELL + ")*\\|?\\s*");

        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            return (paragraph, parserState) -> {
                List<BasedSequence> lines = paragraph.getContentLines();
                int header = tableHeader(lines);
                if (header <= 0) {
                    return 0;
                }
                List<BasedSequence> before = lines.subList(0, header);
                String text = Text.of(before).text();
                BasedSequence first = before.get(0);
                BasedSequence chars = first.baseSubSequence(first.getStartOffset(), before.get(header - 1).getEndOffset());
                ProseBlock prose = new ProseBlock(chars, text, !InlineBudget.fits(text));
                paragraph.insertBefore(prose);
                parserState.blockAdded(prose);
                // up to where the table's first line starts, past a quote's '>' (Flexmark skips only spaces)
                return lines.get(header).getStartOffset() - paragraph.getChars().getStartOffset();
            };
        }

        /** The index of the first line that heads a table (a row with a pipe, then a delimiter row with one), or -1. */
        private static int tableHeader(List<BasedSequence> lines) {
            for (int i = 0; i + 1 < lines.size(); i++) {
                BasedSequence delimiter = lines.get(i + 1);
                if (lines.get(i).indexOf('|') >= 0 && delimiter.indexOf('|') >= 0 && delimiter.indexOf('-') >= 0
                        && DELIMITER_ROW.matcher(delimiter.trimEOL()).matches()) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return Set.of(ReferencePreProcessorFactory.class);
        }
    }

    /**
     * After definitions and tables are read: every paragraph left (over the budget as a whole: as
     * plain text), and headings over the budget (Flexmark parses a heading's inline syntax next).
     */
    static final class Remaining implements BlockPreProcessorFactory, Unordered {
        @Override
        public Set<Class<? extends Block>> getBlockTypes() {
            return Set.of(Paragraph.class, Heading.class);
        }

        @Override
        public BlockPreProcessor apply(ParserState state) {
            return (parserState, block) -> {
                String text = block instanceof Paragraph paragraph ? Text.of(paragraph).text()
                        : ((Heading) block).getText().toString();
                // a paragraph of one line was measured as a whole already, by OverBudget
                boolean fits = block instanceof Paragraph && text.indexOf('\n') < 0 || InlineBudget.fits(text);
                if (fits && block instanceof Heading) {
                    return;
                }
                ProseBlock prose = new ProseBlock(block.getChars(), text, !fits);
                block.insertBefore(prose);
                block.unlink();
                parserState.blockAdded(prose);
                parserState.blockRemoved(block);
            };
        }
    }
}
