package dev.lectern.render;

/** One output file, in memory: its path relative to the site root ({@code lessons/x/index.html}). */
public record RenderedFile(String path, byte[] content) {
}
