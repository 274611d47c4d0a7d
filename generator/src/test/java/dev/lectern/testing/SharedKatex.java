package dev.lectern.testing;

import dev.lectern.math.KatexRenderer;
import dev.lectern.math.MathRenderer;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests one {@link KatexRenderer} per test JVM: loading KaTeX into GraalJS takes seconds, so
 * no test may start its own. The renderer lives in the root {@link ExtensionContext.Store} and is
 * closed when the whole run ends (the store closes {@link AutoCloseable} values).
 *
 * <p>Use it by extending the test class and declaring a parameter, in a test method, a
 * constructor, or a {@code @BeforeAll}/{@code @BeforeEach} method:
 * <pre>{@code
 * @ExtendWith(SharedKatex.class)
 * class PageRendererTest {
 *     @Test
 *     void typesetsTheAddLoss(MathRenderer math) {
 *         assertEquals(Optional.empty(), math.render("L = a + b", false).error());
 *     }
 * }
 * }</pre>
 * A {@link MathRenderer} parameter is a view whose {@code close()} does nothing, so code under test
 * may close what it is given. A {@link KatexRenderer} parameter is the shared instance itself (for
 * its extra methods, e.g. a per-call time limit): never close that one.
 */
public final class SharedKatex implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedKatex.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == KatexRenderer.class || type == MathRenderer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        KatexRenderer katex = shared(context);
        if (parameter.getParameter().getType() == KatexRenderer.class) {
            return katex;
        }
        return (MathRenderer) katex::render;
    }

    /** The run's renderer, created on first use (and even then it starts GraalJS only on first render). */
    public static KatexRenderer shared(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(KatexRenderer.class, type -> new KatexRenderer(), KatexRenderer.class);
    }
}
