package dev.lectern.maven;

import dev.lectern.model.Diagnostic;
import dev.lectern.model.Severity;
import dev.lectern.site.CheckResult;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Validates the course and fails the build when the content has a diagnostic at least as severe as
 * {@code failOn} that the baseline, if any, does not cover.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends LecternMojo {

    /** {@code error} (the default) or {@code warning}: the least severe diagnostic that fails the build. */
    @Parameter(property = "lectern.failOn", defaultValue = "error")
    protected String failOn = "error";

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        Severity threshold = threshold();
        CheckResult result = withLectern(lectern -> lectern.check(contentDirectory.toPath()));
        List<Diagnostic> reported = reported(result.diagnostics());
        DiagnosticLog log = diagnosticLog();
        log.report(reported);
        log.timings(result.timings());
        long failing = reported.stream().filter(d -> d.severity().atLeast(threshold)).count();
        if (failing > 0) {
            throw new MojoFailureException("Lectern: the content has " + failing
                    + (threshold == Severity.ERROR ? " error(s)" : " error(s) or warning(s) (failOn: warning)")
                    + ", listed above");
        }
    }

    private Severity threshold() throws MojoExecutionException {
        return Severity.parse(failOn).filter(severity -> severity != Severity.INFO).orElseThrow(
                () -> new MojoExecutionException("Lectern: failOn must be error or warning, not '" + failOn + "'"));
    }
}
