package dev.lectern.render;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import java.util.Set;

/**
 * How {@link InlineMarkdown} differs from Flexmark's HTML: a formula writes its placeholder token
 * (a displayed one inside the focusable box a formula block has too), a lesson's number links to it, and a paragraph writes its content without {@code <p>}, after a {@code <br>} when a paragraph
 * came before it. Inline text sits inside a table cell or a title, where a paragraph element has
 * no place.
 */
final class InlineNodeRenderer implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(MathNode.class, (node, context, html) -> {
                    if (node.display()) { // scrolls in a box of its own when wide, which the keyboard must reach
                        html.raw("<span class=\"math-display\" tabindex=\"0\" role=\"region\" aria-label=\"Formula\">")
                                .raw(node.placeholder()).raw("</span>");
                    } else {
                        html.raw(node.placeholder());
                    }
                }),
                new NodeRenderingHandler<>(LessonNumberNode.class, (node, context, html) -> html
                        .attr("href", node.target().href()).attr("title", node.target().title()).withAttr().tag("a")
                        .text(node.getChars().toString()).tag("/a")),
                new NodeRenderingHandler<>(Paragraph.class, (node, context, html) -> {
                    if (!rendersContent(node)) {
                        return; // as Flexmark, which writes no <p> for it
                    }
                    for (Node before = node.getPrevious(); before != null; before = before.getPrevious()) {
                        if (before instanceof Paragraph && rendersContent(before)) {
                            html.raw("<br>");
                            break;
                        }
                    }
                    // the content alone, stripped as a paragraph's text is
                    NodeRendererContext content = context.getSubContext(false);
                    content.renderChildren(node);
                    html.raw(content.getHtmlWriter().toString(0, 0).strip());
                }));
    }

    private static boolean rendersContent(Node paragraph) {
        return paragraph.getFirstChildAnyNot(NonRenderingInline.class) != null;
    }
}
