package dev.lectern.parse;

import com.vladsch.flexmark.util.ast.Document;
import dev.lectern.model.FileReporter;

/** Decodes a file and parses it with Flexmark into a {@link SplitDocument}, its nesting bounded first. */
final class MarkdownReader {
    private final LecternMarkdown markdown;
    private final SourceDecoder decoder = new SourceDecoder();
    private final DocumentSplitter splitter = new DocumentSplitter();

    MarkdownReader(LecternMarkdown markdown) {
        this.markdown = markdown;
    }

    SplitDocument read(ContentFile file, FileReporter reporter) {
        return parse(decode(file, reporter), reporter);
    }

    String decode(ContentFile file, FileReporter reporter) {
        return decoder.decode(file.bytes(), reporter);
    }

    /** Parses decoded text (a lesson's without its front matter: see {@link FrontMatterText}). */
    SplitDocument parse(String decoded, FileReporter reporter) {
        Document document = markdown.parse(NestingLimit.apply(decoded, reporter));
        return splitter.split(document, reporter);
    }
}
