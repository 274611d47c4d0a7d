/** The Maven plugin: site generation in pre-site and the Lesson validation report. */
package dev.lectern.maven;
