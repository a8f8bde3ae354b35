package io.noodle.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs commands as the script does, through {@link NoodleCli#run}, from a user's folder {@code user/} with
 * the workspace {@link #workspaceFolder()}, catching what they print.
 */
abstract class CliTest {

    @TempDir
    Path tmp;
    Path cwd;
    Path ws;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    /** Where the commands get secrets (the master password, a key's passphrase): a test's own answers. */
    Secrets secrets = Secrets.TERMINAL;

    /** The workspace, relative to the test's temporary folder. */
    String workspaceFolder() {
        return "ws";
    }

    @BeforeEach
    void dirs() throws Exception {
        cwd = Files.createDirectories(tmp.resolve("user"));
        ws = Files.createDirectories(tmp.resolve(workspaceFolder()));
        // this test's list of trusted folders (in the user's folder, which the tests allow to hold files)
        System.setProperty("noodle.trustFile", cwd.resolve(".config/noodle/trusted-folders").toString());
    }

    int run(String... args) {
        out.reset();
        err.reset();
        return NoodleCli.run(List.of(args), context());
    }

    CliContext context() {
        return new CliContext(cwd, ws, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), secrets);
    }

    /** Each case of a run as {@code state wns tns}, from its cases.csv: what two runs of one study must share. */
    static java.util.Map<String, String> caseResults(Path run) throws java.io.IOException {
        List<String> lines = Files.readAllLines(run.resolve("reports/cases.csv"));
        List<String> head = List.of(lines.get(0).split(","));
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",", -1);
            out.put(f[0], f[head.indexOf("state")] + " " + f[head.indexOf("wns_ps")] + " " + f[head.indexOf("tns_ps")]);
        }
        return out;
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
