package dev.lectern.math;

import java.util.Map;

/**
 * The {@code node} executable to run KaTeX workers with: {@code LECTERN_NODE} when set, else
 * {@code node}, which the operating system looks up on the {@code PATH}.
 */
public record NodeCommand(String executable) {

    /** The variable that names the executable, for a Node outside the {@code PATH} (or a stand-in). */
    public static final String VARIABLE = "LECTERN_NODE";

    /** The executable the environment names. */
    public static NodeCommand from(Map<String, String> environment) {
        String configured = environment.getOrDefault(VARIABLE, "");
        return new NodeCommand(configured.isBlank() ? "node" : configured);
    }
}
