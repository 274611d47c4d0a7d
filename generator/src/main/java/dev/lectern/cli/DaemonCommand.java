package dev.lectern.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lectern daemon status|stop}: the build daemon this Lectern and Java would use. */
@Command(name = "daemon", mixinStandardHelpOptions = true,
        description = "Shows or stops the build daemon: the JVM that build and check run in, kept warm "
                + "between builds; it stops by itself after an idle hour or when its jar changes.")
final class DaemonCommand implements Callable<Integer> {

    enum Action { STATUS, STOP }

    private final Map<String, String> environment;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "status|stop", description = "status: show it; stop: stop it.")
    private Action action;

    DaemonCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Optional<DaemonAddress> address = DaemonAddress.forThisProcess(environment);
        if (address.isEmpty()) {
            out.println("no build daemon: there is no private folder for its socket");
            out.flush();
            return ExitCode.OK;
        }
        // asking starts nothing, so the launcher is never used
        DaemonClient client = new DaemonClient(address.get(), ignored -> { }, Duration.ZERO);
        Optional<String> answer = action == Action.STATUS ? client.status() : client.stop();
        out.println(answer.orElse("no build daemon is running for this Lectern, Java and environment ("
                + address.get().socket() + ")"));
        out.flush();
        return ExitCode.OK;
    }
}
