package dev.lectern.render;

/**
 * The static validation page, {@code lessons/reports/validation.html}.
 *
 * @param root the way back to {@code lessons/}: {@code ../}
 */
public record ValidationPage(String root, String page, String title, ValidationReport report) {
}
