package dev.lectern.parse;

import dev.lectern.math.DaemonThreads;
import dev.lectern.model.FileReporter;
import dev.lectern.model.Rule;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Parses files in parallel, each on a worker with a large stack, so that a file the parser still
 * cannot take (a recursion deeper than the limits foresee, memory run out, a parser bug) is a
 * located diagnostic on that file instead of the end of the build.
 */
public final class GuardedParsing implements AutoCloseable {

    private static final long STACK_BYTES = 256L * 1024 * 1024;

    private final ExecutorService workers;

    public GuardedParsing(int threads) {
        this.workers = Executors.newFixedThreadPool(threads, new DaemonThreads("lectern-parse", STACK_BYTES));
    }

    /** As many workers as cores. */
    public static GuardedParsing standard() {
        return new GuardedParsing(Runtime.getRuntime().availableProcessors());
    }

    /** Starts {@code job} on a worker; {@link Pending#await()} gives its result. */
    public <T> Pending<T> submit(FileReporter reporter, Supplier<T> job) {
        return new Pending<>(workers.submit(job::get), reporter);
    }

    /** A parse under way: its result to come, and where a failure is reported. */
    public record Pending<T>(Future<T> result, FileReporter reporter) {
        /** A result known without parsing (a file remembered from an earlier build). */
        public static <T> Pending<T> done(T value) {
            return new Pending<>(CompletableFuture.completedFuture(value), new FileReporter("", d -> { }));
        }

        /** The job's result, or empty when it failed (then reported on the file). */
        public Optional<T> await() {
            try {
                return Optional.of(result.get());
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                String why = cause instanceof StackOverflowError ? "it nests too deeply to be parsed"
                        : cause instanceof OutOfMemoryError ? "parsing it ran out of memory"
                        : "the parser failed on it (" + cause + "; please report this as a Lectern bug)";
                reporter.report(Rule.PARSE_FAILED, 0, 0, why + "; it is left out of the site");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                reporter.report(Rule.PARSE_FAILED, 0, 0, "interrupted while parsing");
            }
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
