package dev.lectern.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.lectern.model.FileReporter;
import dev.lectern.model.Inline;
import dev.lectern.model.LinkDefinition;
import dev.lectern.model.Part;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Cuts a parsed document at its top-level headings: the first {@code #} is the title, each later
 * {@code #} or {@code ##} starts a section, each {@code ###} a part of it; deeper headings stay
 * in the content as blocks. A file whose headings after the title are all deeper is read as one
 * level off throughout: its shallowest headings start sections, the next level parts.
 */
final class DocumentSplitter {

    SplitDocument split(Document document, FileReporter reporter) {
        BlockConverter converter = new BlockConverter(reporter, SourceLines.of(document.getChars().toString()));
        Node node = document.getFirstChild();
        Optional<Inline> title = Optional.empty();
        if (node instanceof Heading heading && heading.getLevel() == 1) {
            title = Optional.of(converter.inline(heading.getText()));
            node = node.getNext();
        }
        int sectionLevel = shallowestHeading(node);
        Node preambleEnd = nextHeadingBefore(node, sectionLevel, null);
        List<dev.lectern.model.Block> preamble = converter.convertRange(node, preambleEnd, 0);
        List<SplitDocument.Section> sections = new ArrayList<>();
        for (Node start = preambleEnd; start != null; ) {
            Node end = nextHeadingBefore(start.getNext(), sectionLevel, null);
            sections.add(section((Heading) start, end, sectionLevel + 1, converter));
            start = end;
        }
        return new SplitDocument(title, preamble, sections, links(document, converter));
    }

    /** The definitions Flexmark took in (the first of each label, as CommonMark says), in the order written. */
    private static List<LinkDefinition> links(Document document, BlockConverter converter) {
        List<LinkDefinition> links = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        for (Reference reference : Parser.REFERENCES.get(document).values()) {
            Inline url = converter.inline(reference.getUrl()); // where the target is, as any text's place
            links.add(new LinkDefinition(converter.lineOf(reference), url.column(), reference.getReference().toString(),
                    url.markdown(), written(reference)));
        }
        links.sort(Comparator.comparingInt(LinkDefinition::line));
        links.removeIf(link -> !labels.add(link.key())); // the repository holds a label again in another case
        return links;
    }

    private SplitDocument.Section section(Heading heading, Node end, int partLevel, BlockConverter converter) {
        Node introEnd = nextHeadingBefore(heading.getNext(), partLevel, end);
        List<dev.lectern.model.Block> intro = converter.convertRange(heading.getNext(), introEnd, 0);
        List<Part> parts = new ArrayList<>();
        for (Node start = introEnd; start != end; ) {
            Node partEnd = nextHeadingBefore(start.getNext(), partLevel, end);
            Heading partHeading = (Heading) start;
            int line = converter.lineOf(partHeading);
            parts.add(new Part(line, converter.inline(partHeading.getText()),
                    converter.convertRange(partHeading.getNext(), partEnd, 0)));
            start = partEnd;
        }
        int line = converter.lineOf(heading);
        return new SplitDocument.Section(line, converter.inline(heading.getText()), intro, parts);
    }

    /**
     * The definition on one line from its pieces as written (marks and escapes kept), without the
     * {@code >} or indent of a quote or list it stands in.
     */
    private static String written(Reference reference) {
        String title = reference.getTitle().isEmpty() ? "" : " " + reference.getTitleOpeningMarker()
                + reference.getTitle() + reference.getTitleClosingMarker();
        return "[" + reference.getReference() + "]: " + reference.getUrlOpeningMarker() + reference.getUrl()
                + reference.getUrlClosingMarker() + title;
    }

    /** The level of the shallowest top-level heading from {@code node} on, at least 2 (sections are never titles). */
    private static int shallowestHeading(Node node) {
        int level = 6;
        for (Node n = node; n != null; n = n.getNext()) {
            if (n instanceof Heading heading) {
                level = Math.min(level, heading.getLevel());
            }
        }
        return Math.max(2, level);
    }

    /** The first top-level heading of level {@code maxLevel} or above, from {@code node} on; {@code end} when none. */
    private static Node nextHeadingBefore(Node node, int maxLevel, Node end) {
        for (Node n = node; n != null && n != end; n = n.getNext()) {
            if (n instanceof Heading heading && heading.getLevel() <= maxLevel) {
                return n;
            }
        }
        return end;
    }
}
