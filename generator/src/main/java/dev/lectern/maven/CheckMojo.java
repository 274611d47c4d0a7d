package dev.lectern.maven;

import dev.lectern.model.Severity;
import dev.lectern.site.CheckResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Validates the course and fails the build when the content has error-level diagnostics. */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends LecternMojo {

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        CheckResult result = withLectern(lectern -> lectern.check(contentDirectory.toPath()));
        DiagnosticLog log = diagnosticLog();
        log.report(result.diagnostics());
        log.timings(result.timings());
        if (result.hasErrors()) {
            throw new MojoFailureException("Lectern: the content has " + result.count(Severity.ERROR)
                    + " error(s), listed above");
        }
    }
}
