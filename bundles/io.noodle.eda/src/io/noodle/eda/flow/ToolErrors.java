package io.noodle.eda.flow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.noodle.engine.exec.LocalProcessExecutor;
import io.noodle.engine.run.TrialResult;
import io.noodle.model.FailureType;
import io.noodle.model.derived.SourceLine;

/**
 * The tool's own words when a trial fails: the first error line of the trial log or of qflow's step logs
 * ({@code log/synth.log}, {@code log/place.log}, {@code log/route.log}), with where it points: the source
 * file and line when the tool names them (Yosys: {@code file.v:19: ERROR: ...}; OpenSTA:
 * {@code Error: constraints.sdc, 14 ...} or {@code Error: routed.sdf, line 366 ...}; OpenROAD:
 * {@code [ERROR GRT-0118] ...}), else the log line. After
 * a run whose programs all exited 0, the step that printed it (the trial log's step header) heads the message.
 */
public final class ToolErrors {

    private static final List<String> LOGS = List.of("trial.log", "log/synth.log", "log/place.log", "log/route.log");
    /** OpenSTA's {@code Error: constraints.sdc, 14 ...} and {@code Error: routed.sdf, line 366 ...}. */
    private static final java.util.regex.Pattern STA_WHERE = java.util.regex.Pattern
            .compile("Error: ([^,\\s]+), (?:line )?(\\d+)\\b");

    private ToolErrors() {
    }

    /** A failed result naming the first tool error found, or one without message and source when none is. */
    public static TrialResult first(Path trial) {
        TrialResult found = find(trial, LOGS, false); // the engine names the step that failed
        return found != null ? found : TrialResult.failed(FailureType.TOOL_ERROR, null, null);
    }

    /**
     * The first error a tool printed in the trial log of a trial whose programs all exited 0, or null. Tools do
     * not always stop at an error (OpenSTA goes on past a constraint it could not apply, and reports timing
     * without it): such a trial fails, since its numbers are not those of the design it names.
     */
    public static TrialResult afterSuccess(Path trial) {
        return find(trial, LOGS.subList(0, 1), true);
    }

    private static TrialResult find(Path trial, List<String> logs, boolean nameStep) {
        for (String name : logs) {
            Path log = trial.resolve(name);
            if (!Files.isRegularFile(log)) {
                continue;
            }
            // streamed: a tool that flooded its log must not take the engine's memory with it
            try (java.io.BufferedReader in = Files.newBufferedReader(log, StandardCharsets.ISO_8859_1)) {
                int i = -1;
                String step = null;
                for (String raw = in.readLine(); raw != null; raw = in.readLine()) {
                    i++;
                    if (raw.startsWith(LocalProcessExecutor.STEP_HEADER)) {
                        step = raw.substring(LocalProcessExecutor.STEP_HEADER.length()).strip();
                        continue;
                    }
                    TrialResult found = error(raw, log, i, trial, nameStep ? step : null);
                    if (found != null) {
                        return found;
                    }
                }
            } catch (IOException e) {
                continue;
            }
        }
        return null;
    }

    /** The failure a log line reports, or null when it reports none. */
    private static TrialResult error(String raw, Path log, int i, Path trial, String step) {
        String l = raw.length() > 100_000 ? raw.substring(0, 100_000).strip() : raw.strip();
        int at = l.indexOf("ERROR:");
        if (at < 0 && (l.startsWith("Error:") || l.startsWith("Error ") || l.startsWith("[ERROR "))) { // OpenROAD's
            at = 0;
        }
        if (at < 0) {
            return null;
        }
        SourceLine where = at > 0 ? pointsTo(l.substring(0, at)) : staPointsTo(l, trial);
        String message = l.length() > 300 ? l.substring(0, 297) + "..." : l;
        if (step != null) {
            message = program(step) + ": " + message;
        }
        return TrialResult.failed(FailureType.TOOL_ERROR, message,
                where != null ? where : new SourceLine(log.toString(), i + 1));
    }

    /** The program of a step header ({@code 3/3: /usr/bin/sta -no_init ...} gives {@code sta (step 3)}). */
    private static String program(String step) {
        String[] w = step.split(" ", 3);
        int of = w[0].indexOf('/');
        if (w.length < 2 || of < 0) {
            return step;
        }
        return w[1].substring(w[1].lastIndexOf('/') + 1) + " (step " + w[0].substring(0, of) + ")";
    }

    /**
     * Where an OpenSTA error points ({@code Error: <file>, <line> ...} or {@code Error: <file>, line <n> ...}), a
     * file of the trial folder, or null.
     */
    static SourceLine staPointsTo(String line, Path trial) {
        java.util.regex.Matcher m = STA_WHERE.matcher(line);
        if (!m.lookingAt() || m.group(2).length() > 9) {
            return null;
        }
        Path file;
        try {
            file = trial.resolve(m.group(1)).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
        return file.startsWith(trial) && Files.isRegularFile(file)
                ? new SourceLine(file.toString(), Integer.parseInt(m.group(2)))
                : null;
    }

    /** {@code /path/file.v:19: } as a source line, or null. */
    static SourceLine pointsTo(String prefix) {
        String p = prefix.strip();
        if (p.endsWith(":")) {
            p = p.substring(0, p.length() - 1);
        }
        int colon = p.lastIndexOf(':');
        if (colon <= 0) {
            return null;
        }
        String file = p.substring(0, colon);
        String number = p.substring(colon + 1);
        if (number.isEmpty() || number.length() > 9 || !number.chars().allMatch(Character::isDigit)
                || file.indexOf('\0') >= 0 || !Files.isRegularFile(Path.of(file))) {
            return null;
        }
        return new SourceLine(file, Integer.parseInt(number));
    }
}
