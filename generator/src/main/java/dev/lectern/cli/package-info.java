/** The lectern command line (picocli): build, check and serve, each in its own JVM. */
package dev.lectern.cli;
