package io.noodle.eda.flow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.noodle.engine.run.TrialResult;
import io.noodle.model.FailureType;
import io.noodle.model.derived.SourceLine;

/**
 * The tool's own words when a trial fails: the first error line of the trial log or of qflow's step logs
 * ({@code log/synth.log}, {@code log/place.log}, {@code log/route.log}), with where it points: the source
 * file and line when the tool names them (Yosys: {@code file.v:19: ERROR: ...}), else the log line.
 */
final class ToolErrors {

    private static final List<String> LOGS = List.of("trial.log", "log/synth.log", "log/place.log", "log/route.log");

    private ToolErrors() {
    }

    /** A failed result naming the first tool error found, or one without message and source when none is. */
    static TrialResult first(Path trial) {
        for (String name : LOGS) {
            Path log = trial.resolve(name);
            if (!Files.isRegularFile(log)) {
                continue;
            }
            // streamed: a tool that flooded its log must not take the engine's memory with it
            try (java.io.BufferedReader in = Files.newBufferedReader(log, StandardCharsets.ISO_8859_1)) {
                int i = -1;
                for (String raw = in.readLine(); raw != null; raw = in.readLine()) {
                    i++;
                    TrialResult found = error(raw, log, i);
                    if (found != null) {
                        return found;
                    }
                }
            } catch (IOException e) {
                continue;
            }
        }
        return TrialResult.failed(FailureType.TOOL_ERROR, null, null);
    }

    /** The failure a log line reports, or null when it reports none. */
    private static TrialResult error(String raw, Path log, int i) {
        String l = raw.length() > 100_000 ? raw.substring(0, 100_000).strip() : raw.strip();
        int at = l.indexOf("ERROR:");
        if (at < 0 && (l.startsWith("Error:") || l.startsWith("Error "))) {
            at = 0;
        }
        if (at < 0) {
            return null;
        }
        SourceLine where = pointsTo(l.substring(0, at));
        String message = l.length() > 300 ? l.substring(0, 297) + "..." : l;
        return TrialResult.failed(FailureType.TOOL_ERROR, message,
                where != null ? where : new SourceLine(log.toString(), i + 1));
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
