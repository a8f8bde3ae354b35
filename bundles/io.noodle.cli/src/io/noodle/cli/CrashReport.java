package io.noodle.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.noodle.core.io.Problems;

/**
 * The end of a command that threw: one line for the user (which command, what failed, what to do, where the
 * details are) and a log file with the command line and the stack trace. The log goes to
 * {@code <workspace>/.metadata/logs/}, or to {@code noodle-logs/} in the temporary folder for commands
 * without a workspace or when the workspace cannot be written.
 */
final class CrashReport {

    private CrashReport() {
    }

    static int report(List<String> args, Throwable t, CliContext ctx) {
        String command = args.isEmpty() ? "noodle" : "noodle " + Problems.escape(args.get(0), 40);
        Path log = writeLog(args, t, ctx);
        String what = Problems.describe(t);
        String fix = t instanceof StackOverflowError || t instanceof OutOfMemoryError
                ? "simplify or shrink the input" + (input(args) == null ? "" : " " + input(args))
                : "this is a defect of Noodle: please report it with the log";
        ctx.err().println(command + ": failed: " + what + (input(args) == null || fix.contains(input(args)) ? ""
                : " (input: " + input(args) + ")") + ". Fix: " + fix + ". Details: "
                + (log == null ? "no log could be written" : log));
        ctx.err().flush();
        return NoodleCli.EXIT_CRASH;
    }

    /** The first argument after the command that is not an option: the file the command was working on. */
    private static String input(List<String> args) {
        return args.stream().skip(1).filter(a -> !a.startsWith("-")).findFirst().map(a -> Problems.escape(a, 300))
                .orElse(null);
    }

    private static Path writeLog(List<String> args, Throwable t, CliContext ctx) {
        String name = "noodle-" + (args.isEmpty() ? "cli" : args.get(0).replaceAll("[^A-Za-z0-9_-]", "_"))
                + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-"
                + ProcessHandle.current().pid() + ".log";
        StringWriter trace = new StringWriter();
        try (PrintWriter pw = new PrintWriter(trace)) {
            pw.println("command: noodle " + String.join(" ", args.stream().map(Problems::escape).toList()));
            pw.println("working folder: " + ctx.cwd());
            pw.println("workspace: " + ctx.workspace());
            pw.println("java: " + System.getProperty("java.version") + " " + System.getProperty("java.vendor"));
            pw.println();
            t.printStackTrace(pw);
        } catch (StackOverflowError e) {
            // a trace deep enough to overflow printing it: the first line says enough
        }
        byte[] text = trace.toString().getBytes(StandardCharsets.UTF_8);
        for (Path dir : logFolders(ctx)) {
            try {
                Files.createDirectories(dir);
                Path log = dir.resolve(name);
                Files.write(log, text, StandardOpenOption.CREATE_NEW);
                return log;
            } catch (IOException | RuntimeException e) {
                // try the next folder
            }
        }
        return null;
    }

    private static List<Path> logFolders(CliContext ctx) {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"), "noodle-logs-" + System.getProperty("user.name"));
        return ctx.workspace() == null ? List.of(tmp)
                : List.of(ctx.workspace().resolve(".metadata").resolve("logs"), tmp);
    }
}
