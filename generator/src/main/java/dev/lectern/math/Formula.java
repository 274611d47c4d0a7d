package dev.lectern.math;

/** One formula as the build asks for it: the TeX and whether it is displayed. */
public record Formula(String tex, boolean display) {
}
