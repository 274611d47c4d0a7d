/** The lectern command line (picocli): build, check, serve, and the build daemon that keeps a JVM warm between builds. */
package dev.lectern.cli;
