package io.noodle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.noodle.cli.HostileInputs.Input;

/**
 * The hostile-input suite: several hundred bad study files (YAML and XMI) and a hundred damaged run records,
 * each through import, validate, export and run-study in this one JVM, through the CLI's own code paths. For
 * every command: no crash (exit 8 or an exception), no hang past 60 s, a documented exit code, and a refusal
 * that names its file without a stack trace; after all of them, nothing created outside the workspace and the
 * user's folder. Prints its figures ({@code hostile: ...}) for docs/RELIABILITY.md.
 */
class HostileInputSuiteTest extends CliTest {

    private static final long SEED = Long.getLong("noodle.hostile.seed", 16);
    private static final int HANG_SECONDS = 60;

    private final List<String> violations = new ArrayList<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor();
    private long commands;
    private long slowestMillis;
    private String slowest = "";
    private Path outside;
    private Path flow;

    /**
     * Runs one command with the hang limit; records what it broke (a refusal must name {@code named}, the file or
     * folder it was given). Returns its exit code (-1 when it hung).
     */
    private int command(Input in, String named, String... args) {
        commands++;
        long t0 = System.nanoTime();
        Future<Integer> f = worker.submit(() -> run(args));
        int rc;
        try {
            rc = f.get(HANG_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            violations.add(in.name() + " (" + in.what() + "): " + args[0] + " hung past " + HANG_SECONDS + " s");
            f.cancel(true);
            return -1;
        } catch (Exception e) {
            violations.add(in.name() + " (" + in.what() + "): " + args[0] + " threw " + e.getCause());
            return -1;
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (ms > slowestMillis) {
            slowestMillis = ms;
            slowest = args[0] + " " + in.name() + " (" + in.what() + ")";
        }
        String text = out() + err();
        String what = in.name() + " (" + shorten(in.what()) + "): noodle " + String.join(" ", args).replace(tmp + "/", "")
                + " -> " + rc + ": ";
        if (rc == NoodleCli.EXIT_CRASH || rc < 0 || rc > 7) {
            violations.add(what + "crashed: " + shorten(text));
        } else if (text.contains("\tat ") || text.contains("Exception:") || text.contains("Exception\n")) {
            violations.add(what + "a stack trace reached the user: " + shorten(text));
        } else if (rc != 0 && !text.contains(named) && !text.contains(io.noodle.core.io.Problems.escape(named, 300))) {
            violations.add(what + "the refusal does not name the file: " + shorten(text));
        } else if (rc != 0 && text.strip().isEmpty()) {
            violations.add(what + "nothing printed");
        }
        return rc;
    }

    private static String shorten(String s) {
        String t = s.strip().replace("\n", " | ");
        return t.length() > 400 ? t.substring(0, 400) + "..." : t;
    }

    private void prepare() throws Exception {
        outside = Files.createDirectories(tmp.resolve("outside"));
        new ProcessBuilder("mkfifo", outside.resolve("fifo").toString()).start().waitFor();
        flow = cwd.resolve("flow");
        Files.writeString(flow, "#!/bin/sh\necho 1 > design\necho 'wns -10 ps' > report.txt\n");
        Files.setPosixFilePermissions(flow, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Only the workspace, the user's folder and the outside folder's FIFO may exist under the test folder. */
    private void nothingOutside() throws Exception {
        try (Stream<Path> all = Files.walk(tmp)) {
            all.filter(p -> !p.startsWith(ws) && !p.startsWith(cwd) && !p.equals(tmp) && !p.equals(outside)
                    && !p.equals(outside.resolve("fifo"))).forEach(p -> violations.add("created outside the "
                            + "workspace: " + p));
        }
    }

    @Test
    void hundredsOfBadStudyFilesEachEndWithALocatedErrorNeverACrashAHangOrAWriteOutside() throws Exception {
        prepare();
        Path inputs = Files.createDirectories(cwd.resolve("inputs"));
        List<Input> yaml = HostileInputs.yaml(outside.toString(), SEED);
        // the XMI inputs start from a good study file as this product writes it
        Files.writeString(inputs.resolve("good.yaml"), HostileInputs.FLAT.replace("%NAME%", "good")
                .replace("%BASE%", "good_base").replace("%DOMAIN%", "guarded").replace("%DESC%", "d")
                .replace("%ECO%", "good").replace("%STAGE%", "first").replace("%BUDGET%", "3").replace("%SURV%", "1")
                .replace("%DEP%", "first"));
        assertEquals(0, run("import", inputs.resolve("good.yaml").toString()), err());
        String good = Files.readString(ws.resolve("good/good.noodle"));
        List<Input> xmi = HostileInputs.xmi(good, outside.toString(), SEED);
        int imported = 0;
        int ran = 0;
        for (Input in : yaml) {
            Path file = inputs.resolve(in.name() + ".yaml");
            Files.write(file, in.bytes());
            int rc = command(in, file.getFileName().toString(), "import", file.toString());
            if (rc != 0) {
                continue;
            }
            imported++;
            Path study = Path.of(out().strip());
            if (study(in, study.getParent(), Path.of(in.name() + ".out.yaml")) == 0) {
                ran++;
            }
            io.noodle.core.io.FileTrees.delete(study.getParent()); // the next input may use the same name
        }
        for (Input in : xmi) {
            Path folder = Files.createDirectories(ws.resolve(in.name()));
            Files.write(folder.resolve(in.name() + ".noodle"), in.bytes());
            study(in, folder, Path.of(in.name() + ".out.yaml"));
        }
        worker.shutdownNow();
        nothingOutside();
        System.out.printf("hostile: %d study files (%d YAML, %d XMI), %d commands; %d YAML files imported; "
                + "%d of them run to success; slowest command %d ms (%s); %d violation(s)%n", yaml.size() + xmi.size(), yaml.size(),
                xmi.size(), commands, imported, ran, slowestMillis, slowest, violations.size());
        assertTrue(yaml.size() + xmi.size() >= 300, "at least 300 inputs");
        assertTrue(ran > 0, "some hostile but legal studies (odd names, odd numbers that are valid) really ran");
        assertEquals(List.of(), violations);
    }

    /** Validate, export and run-study of one study folder; the exit code of run-study. */
    private int study(Input in, Path folder, Path export) {
        String named = folder.getFileName().toString();
        command(in, named, "validate", folder.toString());
        command(in, named, "export", folder.toString(), cwd.resolve(export).toString());
        return command(in, named, "run-study", folder.toString(), "--command", flow.toString(), "--slots", "1");
    }

    // ------------------------------------------------------------------ damaged run records

    private static final String RECORDS_STUDY = """
            name: rec
            base_case: rec_base
            ecos:
              - {name: good, class: topology_neutral, parameters: [{name: effort, type: int, default: "1", min: 1, max: 9}]}
            stages:
              - {name: a, trial_budget: 3, survivor_count: 1, ecos: [good]}
              - {name: b, trial_budget: 3, survivor_count: 1, ecos: [good], depends_on: [a]}
            """;

    @Test
    void aHundredDamagedCheckpointsAndJournalsResumeOrRefuseNamingTheFileNeverRepeatingAFinishedCase()
            throws Exception {
        prepare();
        Path ledger = cwd.resolve("ledger");
        Files.writeString(flow, "#!/bin/sh\necho \"$1\" >> " + ledger + "\necho 1 > design\necho 'wns -10 ps' > report.txt\n");
        Files.writeString(cwd.resolve("rec.yaml"), RECORDS_STUDY);
        assertEquals(0, run("import", "rec.yaml"), err());
        assertEquals(0, run("run-study", "rec", "--command", flow.toString()), out() + err());
        Path run = ws.resolve("rec/runs/run-1");
        Path cp = run.resolve("checkpoints/study_checkpoint.json");
        Path journal = run.resolve("checkpoints/finished_cases.ndjson");
        // the state of a run killed in stage b: the checkpoint after stage a, the journal of every finished case
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(cp.toFile());
        ((com.fasterxml.jackson.databind.node.ArrayNode) tree.get("completedStages")).removeAll().add("a");
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("survivors")).remove("b");
        var cases = (com.fasterxml.jackson.databind.node.ArrayNode) tree.get("cases");
        for (int i = cases.size() - 1; i >= 0; i--) {
            if (cases.get(i).get("stage").asInt() == 1) {
                cases.remove(i);
            }
        }
        Files.writeString(cp, json.writeValueAsString(tree));
        Files.delete(run.resolve("outcome.json"));
        byte[] goodCp = Files.readAllBytes(cp);
        List<String> goodJournal = Files.readAllLines(journal);
        Path pristine = cwd.resolve("pristine");
        Files.createDirectories(pristine);
        copyTree(run, pristine);

        Random rnd = new Random(SEED);
        int resumed = 0;
        int refused = 0;
        for (int i = 0; i < 100; i++) {
            io.noodle.core.io.FileTrees.delete(run);
            copyTree(pristine, run);
            Files.deleteIfExists(ledger);
            String kind = damage(i % 20, rnd, cp, journal, goodCp, goodJournal);
            Input in = new Input("damage" + i, false, new byte[0], kind);
            boolean journalOnly = !Files.exists(cp) || java.util.Arrays.equals(goodCp, Files.readAllBytes(cp));
            List<String> intact = new ArrayList<>(goodJournal);
            intact.retainAll(Files.isRegularFile(journal) ? Files.readAllLines(journal, StandardCharsets.ISO_8859_1) : List.of());
            int rc = command(in, journalOnly ? "finished_cases.ndjson" : "study_checkpoint.json", "run-study", "rec", "--command", flow.toString(), "--resume");
            if (rc == 0) {
                resumed++;
                List<String> again = Files.exists(ledger) ? Files.readAllLines(ledger) : List.of();
                for (String line : intact) {
                    String name = line.substring(9, line.indexOf('"', 9)); // {"name":"<name>",...
                    if (again.contains(name)) {
                        violations.add("damage " + i + " (" + kind + "): " + name + " finished before, ran again");
                    }
                }
            } else if (rc == 1 || rc == 5) {
                refused++;
                if (!(out() + err()).contains("Fix:")) {
                    violations.add("damage " + i + " (" + kind + "): the refusal gives no fix: " + shorten(out() + err()));
                }
            } else if (rc >= 0) {
                violations.add("damage " + i + " (" + kind + "): exit " + rc + ": " + shorten(out() + err()));
            }
        }
        worker.shutdownNow();
        nothingOutside();
        System.out.printf("hostile: 100 damaged run records: %d resumed, %d refused with a located error; "
                + "%d violation(s)%n", resumed, refused, violations.size());
        assertEquals(List.of(), violations);
    }

    /** Damages the checkpoint or the journal in one of 20 ways; says how. */
    private static String damage(int kind, Random rnd, Path cp, Path journal, byte[] goodCp, List<String> lines)
            throws Exception {
        String c = new String(goodCp, StandardCharsets.UTF_8);
        switch (kind) {
        case 0 -> {
            int cut = rnd.nextInt(goodCp.length);
            Files.write(cp, java.util.Arrays.copyOf(goodCp, cut));
            return "checkpoint cut at " + cut;
        }
        case 1 -> {
            byte[] b = goodCp.clone();
            for (int n = 0; n < 5; n++) {
                b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
            }
            Files.write(cp, b);
            return "5 checkpoint bytes changed";
        }
        case 2 -> {
            String field = List.of("cases", "completedStages", "abortedStages", "survivors", "version", "study",
                    "verdicts").get(rnd.nextInt(7));
            Files.writeString(cp, c.replaceFirst("\"" + field + "\"", "\"x" + field + "\""));
            return "checkpoint without " + field;
        }
        case 3 -> {
            Files.writeString(cp, c.replaceFirst("\"cases\":\\[", "\"cases\":[null,"));
            return "a null case in the checkpoint";
        }
        case 4 -> {
            Files.writeString(cp, c.replaceFirst("\"survivors\":\\{\"a\":\\[", "\"survivors\":{\"a\":[null,"));
            return "a null survivor";
        }
        case 5 -> {
            Files.writeString(cp, c.replaceFirst("\"survivors\":\\{\"a\":", "\"survivors\":{\"b\":null,\"a\":"));
            return "a null survivor list";
        }
        case 6 -> {
            Files.writeString(cp, c.replaceFirst("\"version\":1", "\"version\":99"));
            return "a checkpoint of another version";
        }
        case 7 -> {
            Files.writeString(cp, c.replaceFirst("\"cases\":\\[", "\"cases\":\"oops\",\"x\":["));
            return "cases of the wrong type";
        }
        case 8 -> {
            Files.writeString(cp, "");
            return "an empty checkpoint";
        }
        case 9 -> {
            Files.write(cp, new byte[] { (byte) 0xFF, (byte) 0xFE, 0, 0, '{' });
            return "a checkpoint of garbage bytes";
        }
        case 10 -> {
            Files.writeString(cp, c.replaceFirst("\"state\":\"succeeded\"", "\"state\":\"exploded\""));
            return "a case of an unknown state";
        }
        case 11 -> {
            Files.writeString(cp, c.replaceFirst("\"value\":-10.0", "\"value\":1e999"));
            return "a metric out of range";
        }
        case 12 -> {
            String j = String.join("\n", lines) + "\n";
            int cut = rnd.nextInt(j.length());
            Files.writeString(journal, j.substring(0, cut));
            return "journal cut at " + cut;
        }
        case 13 -> {
            byte[] b = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
            int at = rnd.nextInt(b.length);
            b[at] = (byte) 0xC3; // a lead byte without its continuation: invalid UTF-8
            Files.write(journal, b);
            return "invalid UTF-8 at journal byte " + at;
        }
        case 14 -> {
            List<String> l = new ArrayList<>(lines);
            l.add(rnd.nextInt(l.size()), "{\"name\":42,\"state\":[]}");
            Files.write(journal, l);
            return "a journal line of wrong types";
        }
        case 15 -> {
            List<String> l = new ArrayList<>(lines);
            l.addAll(lines);
            Files.write(journal, l);
            return "every journal line twice";
        }
        case 16 -> {
            List<String> l = new ArrayList<>(lines);
            l.add(rnd.nextInt(l.size()), "\0\0\0\0");
            Files.write(journal, l);
            return "NUL bytes in the journal";
        }
        case 17 -> {
            List<String> l = new ArrayList<>(lines);
            l.add(rnd.nextInt(l.size()), "x".repeat(3 << 20));
            Files.write(journal, l);
            return "a 3 MB journal line";
        }
        case 18 -> {
            Files.delete(journal);
            Files.createDirectory(journal);
            return "the journal is a folder";
        }
        default -> {
            List<String> l = new ArrayList<>(lines);
            int at = rnd.nextInt(l.size());
            l.set(at, l.get(at).replace("\"state\":\"succeeded\"", "\"state\":null"));
            Files.write(journal, l);
            return "a journal case without a state";
        }
        }
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
