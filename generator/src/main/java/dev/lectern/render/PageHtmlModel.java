package dev.lectern.render;

import dev.lectern.model.Inline;
import dev.lectern.model.MathBlock;
import dev.lectern.model.PrerequisiteTable;
import dev.lectern.model.RawHtml;
import dev.lectern.model.Table;
import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleNumber;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.util.List;
import java.util.Optional;

/**
 * {@link PageHtml} as templates call it ({@code ${html.inline(row.cells[0])}}): each function goes
 * straight to its method. Through the bean wrapper, every call looked the method up, chose between
 * overloads by the arguments' types and unwrapped them by reflection; tables call {@code html.inline}
 * once a cell, and that was about a tenth of a whole build's CPU time.
 */
final class PageHtmlModel implements TemplateHashModel {
    private final PageHtml html;
    // made once per page: templates look a function up at every call (once per table cell)
    private final TemplateMethodModelEx inline;
    private final TemplateMethodModelEx markdown;
    private final TemplateMethodModelEx math;
    private final TemplateMethodModelEx raw;
    private final TemplateMethodModelEx colorClass;
    private final TemplateMethodModelEx anchor;
    private final TemplateMethodModelEx columns;
    private final TemplateMethodModelEx level;
    private final TemplateMethodModelEx prerequisites;

    PageHtmlModel(PageHtml html, ObjectWrapper wrapper) {
        this.html = html;
        inline = args -> inline(argument(args, 1, 0, "inline", Object.class));
        markdown = args -> html.markdown(string(args, 2, 0, "markdown"), number(args, 2, 1, "markdown"));
        math = args -> html.math(argument(args, 1, 0, "math", MathBlock.class));
        raw = args -> html.raw(argument(args, 1, 0, "raw", RawHtml.class));
        colorClass = args -> new SimpleScalar(html.colorClass(string(args, 1, 0, "colorClass")));
        anchor = args -> new SimpleScalar(html.anchor(number(args, 2, 0, "anchor"),
                argument(args, 2, 1, "anchor", Inline.class)));
        columns = args -> new SimpleNumber(html.columns(argument(args, 1, 0, "columns", Table.class)));
        level = args -> new SimpleNumber(html.level(number(args, 2, 0, "level"), number(args, 2, 1, "level")));
        prerequisites = args ->
                wrapper.wrap(html.prerequisites(argument(args, 1, 0, "prerequisites", PrerequisiteTable.class)));
    }

    @Override
    public TemplateModel get(String name) throws TemplateModelException {
        return switch (name) {
            case "inline" -> inline;
            case "markdown" -> markdown;
            case "math" -> math;
            case "raw" -> raw;
            case "colorClass" -> colorClass;
            case "anchor" -> anchor;
            case "columns" -> columns;
            case "level" -> level;
            case "prerequisites" -> prerequisites;
            default -> throw new TemplateModelException("html has no function \"" + name + "\"");
        };
    }

    /** {@code html.inline} takes a text or an optional text (a card's title). */
    private TemplateModel inline(Object text) throws TemplateModelException {
        if (text instanceof Inline inline) {
            return html.inline(inline);
        }
        if (text instanceof Optional<?> optional && optional.map(Inline.class::isInstance).orElse(true)) {
            @SuppressWarnings("unchecked") Optional<Inline> optionalText = (Optional<Inline>) optional;
            return html.inline(optionalText);
        }
        throw new TemplateModelException("html.inline takes a text, not " + describe(text));
    }

    @Override
    public boolean isEmpty() {
        return false;
    }

    private static <T> T argument(List<?> args, int count, int index, String function, Class<T> type)
            throws TemplateModelException {
        if (args.size() != count) {
            throw new TemplateModelException("html." + function + " takes " + count + " argument(s), not " + args.size());
        }
        Object model = args.get(index);
        Object value = model instanceof WrapperTemplateModel wrapped ? wrapped.getWrappedObject() : model;
        if (!type.isInstance(value)) {
            throw new TemplateModelException("html." + function + " argument " + (index + 1) + " must be a "
                    + type.getSimpleName() + ", not " + describe(value));
        }
        return type.cast(value);
    }

    private static String string(List<?> args, int count, int index, String function) throws TemplateModelException {
        Object model = argument(args, count, index, function, Object.class);
        if (model instanceof TemplateScalarModel scalar) {
            return scalar.getAsString();
        }
        if (model instanceof String text) {
            return text;
        }
        throw new TemplateModelException("html." + function + " argument " + (index + 1) + " must be a string, not "
                + describe(model));
    }

    private static int number(List<?> args, int count, int index, String function) throws TemplateModelException {
        Object model = argument(args, count, index, function, Object.class);
        if (model instanceof TemplateNumberModel number) {
            return number.getAsNumber().intValue();
        }
        if (model instanceof Number number) {
            return number.intValue();
        }
        throw new TemplateModelException("html." + function + " argument " + (index + 1) + " must be a number, not "
                + describe(model));
    }

    private static String describe(Object value) {
        return value == null ? "nothing" : value.getClass().getSimpleName();
    }
}
