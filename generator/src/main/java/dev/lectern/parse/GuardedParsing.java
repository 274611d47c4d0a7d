package dev.lectern.parse;

import dev.lectern.model.Rule;
import dev.lectern.model.FileReporter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * Runs each file's parse on a worker with a known, large stack and a time budget, so that deep
 * nesting (Flexmark recurses) or pathological inline syntax (Flexmark is quadratic on some) is
 * reported as a located diagnostic instead of killing or hanging the build.
 */
public final class GuardedParsing implements AutoCloseable {

    private static final long STACK_BYTES = 256L * 1024 * 1024;

    private final ExecutorService workers;
    private final Duration baseBudget;
    private final Duration budgetPerMegabyte;

    public GuardedParsing(int threads, Duration baseBudget, Duration budgetPerMegabyte) {
        this.workers = Executors.newFixedThreadPool(threads, new BigStackThreads());
        this.baseBudget = baseBudget;
        this.budgetPerMegabyte = budgetPerMegabyte;
    }

    /** A budget of 20 s plus 4 s a megabyte, on as many workers as cores. */
    public static GuardedParsing standard() {
        return new GuardedParsing(Runtime.getRuntime().availableProcessors(), Duration.ofSeconds(20),
                Duration.ofSeconds(4));
    }

    /** Starts {@code job} on a worker; {@link Pending#await()} gives its result. */
    public <T> Pending<T> submit(ContentFile file, FileReporter reporter, LongFunction<T> job) {
        Duration budget = baseBudget.plus(budgetPerMegabyte.multipliedBy(file.bytes().length / (1024 * 1024)));
        AtomicLong started = new AtomicLong();
        // The budget runs from when a worker takes the file, not from when it was queued: on a busy
        // machine the last files of a big course wait long before they start.
        Future<T> result = workers.submit(() -> {
            long now = System.nanoTime();
            started.set(now);
            return job.apply(now + budget.toNanos());
        });
        return new Pending<>(result, started, reporter, budget);
    }

    /**
     * A parse under way. The job stops itself at its deadline (it reads its text through
     * {@link BudgetedText}); {@link #await()} waits a second longer to cover work outside the parse.
     */
    public static final class Pending<T> {
        private static final long QUEUED_POLL_MILLIS = 50;

        private final Future<T> result;
        private final AtomicLong started;
        private final FileReporter reporter;
        private final Duration budget;

        /** A result known without parsing (a file remembered from an earlier build). */
        public static <T> Pending<T> done(T value) {
            AtomicLong started = new AtomicLong(System.nanoTime());
            return new Pending<>(java.util.concurrent.CompletableFuture.completedFuture(value), started,
                    new FileReporter("", d -> { }), Duration.ZERO);
        }

        private Pending(Future<T> result, AtomicLong started, FileReporter reporter, Duration budget) {
            this.result = result;
            this.started = started;
            this.reporter = reporter;
            this.budget = budget;
        }

        /** The job's result, or empty when it could not finish (then reported on the file). */
        public Optional<T> await() {
            try {
                return Optional.of(waitForResult());
            } catch (TimeoutException e) {
                result.cancel(true);
                reportTimeout(reporter, budget);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof BudgetedText.BudgetExceeded) {
                    reportTimeout(reporter, budget);
                } else if (cause instanceof StackOverflowError) {
                    reporter.report(Rule.PARSE_FAILED, 0, 0, "the file nests lists or quotes too deeply to be parsed; "
                            + "it is left out of the site");
                } else {
                    reporter.report(Rule.PARSE_FAILED, 0, 0, "the parser failed on this file (" + cause
                            + "); it is left out of the site. Please report this as a Lectern bug.");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                reporter.report(Rule.PARSE_FAILED, 0, 0, "interrupted while parsing");
            }
            return Optional.empty();
        }

        /** Waits while the job is queued, then at most its budget and a second from its start. */
        private T waitForResult() throws InterruptedException, ExecutionException, TimeoutException {
            while (true) {
                long start = started.get();
                long waitMillis = start == 0 ? QUEUED_POLL_MILLIS
                        : (start + budget.toNanos() - System.nanoTime()) / 1_000_000 + 1000;
                try {
                    return result.get(Math.max(0, waitMillis), TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    if (start != 0) {
                        throw e;
                    }
                }
            }
        }
    }

    private static void reportTimeout(FileReporter reporter, Duration budget) {
        reporter.report(Rule.PARSE_TIMEOUT, 0, 0, "parsing took longer than " + budget.toSeconds()
                + " s (often malformed inline syntax such as thousands of unclosed brackets or backticks); "
                + "the file is left out of the site");
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    private static final class BigStackThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(null, task, "lectern-parse-" + count.incrementAndGet(), STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        }
    }
}
