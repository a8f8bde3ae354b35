package io.noodle.cli;

import java.io.PrintStream;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import io.noodle.core.toolchain.Tool;
import io.noodle.core.toolchain.ToolStatus;
import io.noodle.core.toolchain.ToolchainCheck;
import io.noodle.core.toolchain.ToolchainReport;

/**
 * The headless command-line runner: the same engine as the workbench, without SWT. Started by the
 * {@code noodle} script as application {@code io.noodle.cli.app}; its exit code is the command's.
 */
public final class NoodleCli implements IApplication {

    /** Exit code for a command that ran and found a problem (e.g. a required tool missing). */
    public static final int EXIT_PROBLEM = 1;
    /** Exit code for a command line that could not be understood. */
    public static final int EXIT_USAGE = 2;

    static final String USAGE = """
            usage: noodle <command> [options]   (run from the noodle script)
            commands:
              check     check the EDA toolchain (yosys, qflow, graywolf, qrouter, sta, openroad);
                        exits 1 when a required tool is missing or broken
              help      print this text
            """;

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS,
                new String[0]);
        context.applicationRunning();
        return run(List.of(args), System.out, System.err);
    }

    /** Runs one command; returns its exit code. */
    static int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> rest = args.stream().filter(a -> !a.isBlank()).toList();
        if (rest.isEmpty()) {
            err.print(USAGE);
            return EXIT_USAGE;
        }
        String cmd = rest.get(0);
        List<String> opts = rest.subList(1, rest.size());
        switch (cmd) {
        case "help", "--help", "-h":
            out.print(USAGE);
            return EXIT_OK;
        case "check":
            if (!opts.isEmpty()) {
                err.println("noodle check: unexpected argument(s) " + opts + "; it takes none");
                return EXIT_USAGE;
            }
            return check(out);
        default:
            err.println("noodle: unknown command '" + cmd + "'. Known commands: check, help.");
            return EXIT_USAGE;
        }
    }

    private static int check(PrintStream out) {
        List<ToolStatus> statuses = ToolchainCheck.fromEnvironment().checkAll(Tool.standardTools(),
                new NullProgressMonitor());
        out.print(ToolchainReport.table(statuses));
        return ToolchainReport.blocksFlow(statuses) ? EXIT_PROBLEM : EXIT_OK;
    }

    @Override
    public void stop() {
        // commands are short and run on the caller's thread; nothing to stop
    }
}
