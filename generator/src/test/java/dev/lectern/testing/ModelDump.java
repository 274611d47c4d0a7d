package dev.lectern.testing;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a model (records, lists, optionals, enums, strings) as indented text, one value a line,
 * so golden files show every element and its line and a diff shows exactly what changed.
 */
public final class ModelDump {
    /** The components that say where on its line a thing is written. */
    private static final Set<String> POSITIONS = Set.of("column", "indent", "texColumn", "valueColumn");

    private ModelDump() {
    }

    public static String of(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, 0, "", value, true);
        return out.toString();
    }

    /** As {@link #of}, without source columns: for comparing what two ways of writing the same thing read as. */
    public static String withoutColumns(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, 0, "", value, false);
        return out.toString();
    }

    private static void write(StringBuilder out, int depth, String name, Object value, boolean columns) {
        String indent = "  ".repeat(depth);
        String label = name.isEmpty() ? "" : name + ": ";
        if (value instanceof Optional<?> optional) {
            if (optional.isEmpty()) {
                out.append(indent).append(label).append("-\n");
            } else {
                write(out, depth, name, optional.get(), columns);
            }
        } else if (value instanceof Collection<?> items) {
            out.append(indent).append(label).append("[").append(items.size()).append("]\n");
            int i = 0;
            for (Object item : items) {
                write(out, depth + 1, "#" + i++, item, columns);
            }
        } else if (value instanceof Map<?, ?> map) {
            out.append(indent).append(label).append("{").append(map.size()).append("}\n");
            map.entrySet().stream().sorted((a, b) -> a.getKey().toString().compareTo(b.getKey().toString()))
                    .forEach(e -> write(out, depth + 1, e.getKey().toString(), e.getValue(), columns));
        } else if (value != null && value.getClass().isRecord()) {
            out.append(indent).append(label).append(value.getClass().getSimpleName()).append('\n');
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                if (!columns && POSITIONS.contains(component.getName())) {
                    continue;
                }
                try {
                    write(out, depth + 1, component.getName(), component.getAccessor().invoke(value), columns);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else if (value instanceof String text) {
            out.append(indent).append(label).append('"').append(text.replace("\\", "\\\\").replace("\n", "\\n"))
                    .append("\"\n");
        } else {
            out.append(indent).append(label).append(value).append('\n');
        }
    }
}
