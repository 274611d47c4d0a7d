package dev.lectern.parse;

import com.vladsch.flexmark.util.ast.Document;
import dev.lectern.model.FileReporter;

/** Decodes a file and parses it with Flexmark into a {@link SplitDocument}, within a deadline. */
final class MarkdownReader {
    private final LecternMarkdown markdown;
    private final SourceDecoder decoder = new SourceDecoder();
    private final DocumentSplitter splitter = new DocumentSplitter();

    MarkdownReader(LecternMarkdown markdown) {
        this.markdown = markdown;
    }

    SplitDocument read(ContentFile file, FileReporter reporter, long deadlineNanos) {
        String text = NestingLimit.apply(decoder.decode(file.bytes(), reporter), reporter);
        Document document = markdown.parse(new BudgetedText(text, deadlineNanos));
        return splitter.split(document, reporter);
    }
}
