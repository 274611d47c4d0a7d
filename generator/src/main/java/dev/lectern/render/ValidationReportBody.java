package dev.lectern.render;

/**
 * The validation report's sections as the body of another site's page: the Maven site's "Lesson
 * validation" report, where the lessons are under {@code lessons/}.
 *
 * @param contentDir the content folder as shown to the reader, such as {@code content}
 * @param coursePage the course's own validation page, from the Maven site's root
 * @param published  the diagnostics are a build's, typesetting and the link check included, not only a check's
 */
public record ValidationReportBody(String contentDir, String coursePage, ValidationReport report, boolean published) {
}
