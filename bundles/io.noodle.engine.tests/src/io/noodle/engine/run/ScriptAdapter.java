package io.noodle.engine.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import io.noodle.engine.exec.TrialOutcome;
import io.noodle.engine.exec.TrialSpec;

/**
 * The engine's {@link CommandAdapter} over a small flow program the tests write, speaking the same protocol
 * as a user's: {@code trial <case> <eco> <parent design>} in the trial directory, writing {@code design}
 * and {@code report.txt}. What it does per ECO (improve, regress, fail, crash, hang, ...) is in
 * {@link #SCRIPT}; every start is appended to {@code runs.txt} beside it.
 */
final class ScriptAdapter implements TrialAdapter {

    static final String SCRIPT = """
            #!/bin/sh
            case_name=$1; eco=$2; parent=$3
            echo "$case_name" >> "$(dirname "$0")/runs.txt"
            base=-500
            if [ "$parent" != "-" ] && [ -f "$parent" ]; then base=$(cat "$parent"); fi
            date +%s%N > started.txt
            case "$eco" in
              none) wns=$base
                # switches the tests set beside the program: lose the execute bit, or hang, during gate 0
                if [ -f "$(dirname "$0")/lose-exec-bit" ]; then chmod -x "$0"; fi
                if [ -f "$(dirname "$0")/hang-gate0" ]; then sleep 300 & echo $! > child.pid; wait; fi ;;
              nan) echo "wns NaN ps" > report.txt; echo 0 > design; exit 0 ;;
              good) wns=$((base + 100)) ;;
              better) wns=$((base + 200)) ;;
              mixed) if [ "$base" -gt -350 ]; then wns=$((base + 400)); else wns=$((base - 400)); fi ;;
              bad) wns=$((base - 300)) ;;
              slow) sleep 1; wns=$((base + 10)) ;;
              slow3) sleep 3; wns=$((base + 10)) ;;
              fail) echo "error: no such cell" >&2; exit 1 ;;
              crash) kill -SEGV $$ ;;
              hang) echo $$ > hang.pid; sleep 300 & echo $! > child.pid; wait ;;
              noreport) exit 0 ;;
              garbled) echo "wns lots ps" > report.txt; exit 0 ;;
              oom) echo "terminate called after throwing an instance of 'std::bad_alloc'" >&2; exit 1 ;;
              *) echo "unknown eco $eco" >&2; exit 2 ;;
            esac
            date +%s%N > ended.txt
            echo "$wns" > design
            echo "wns $wns ps" > report.txt
            echo "congestion $(( (wns < 0 ? -wns : wns) % 97 )) %" >> report.txt
            """;

    private final Path runsFile;
    private final CommandAdapter adapter;

    /** Writes the program into {@code dir} as {@code dir/trial}. */
    ScriptAdapter(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path script = dir.resolve("trial");
        this.runsFile = dir.resolve("runs.txt");
        Files.writeString(script, SCRIPT);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        this.adapter = new CommandAdapter(script);
    }

    /** Case names in the order their trials started, one per start. */
    List<String> runs() throws IOException {
        return Files.exists(runsFile) ? Files.readAllLines(runsFile) : List.of();
    }

    @Override
    public TrialSpec prepare(TrialRequest r) throws IOException {
        return adapter.prepare(r);
    }

    @Override
    public TrialResult collect(TrialRequest r, TrialOutcome o) {
        return adapter.collect(r, o);
    }
}
