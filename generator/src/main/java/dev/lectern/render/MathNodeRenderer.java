package dev.lectern.render;

import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import java.util.Set;

/** Writes a formula's placeholder token; {@link InlineMarkdown} swaps it for KaTeX's HTML after sanitising. */
final class MathNodeRenderer implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(MathNode.class, (node, context, html) -> html.raw(node.placeholder())));
    }
}
