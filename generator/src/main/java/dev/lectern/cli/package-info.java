/** The lectern command line (picocli): build, check. */
package dev.lectern.cli;
