package io.noodle.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.noodle.remote.ssh.LoopbackSshd;

/**
 * {@code noodle hosts} and {@code run-study --executor ssh} against a real OpenSSH server on loopback: a host
 * added, refused until its key is trusted, trusted by its fingerprint, checked (tools and versions); then the
 * demo study runs on it on the real EDA tools with the same cases and metrics as a run on this machine.
 */
class SshRunTest extends CliTest {

    @Test
    void theDemoRunsOnAnSshHostWithTheSameResultsAsLocally() throws Exception {
        try (LoopbackSshd sshd = new LoopbackSshd(tmp.resolve("sshd"), ws)) {
            Path work = Files.createDirectories(tmp.resolve("remote-work"));
            assertEquals(0, run("hosts", "add", "loop", "--host", "127.0.0.1", "--port", String.valueOf(sshd.port),
                    "--user", System.getProperty("user.name"), "--key", sshd.userKey.toString(), "--work",
                    work.toString(), "--slots", "2"), err());
            assertEquals(0, run("hosts", "list"), err());
            assertTrue(out().startsWith("loop  " + System.getProperty("user.name") + "@127.0.0.1:" + sshd.port), out());

            assertEquals(1, run("hosts", "check"), "an unknown host key is refused");
            assertTrue(out().contains("is not known: it presents SHA256:"), out());
            String fp = io.noodle.remote.ssh.KnownHosts.fingerprint(sshd.hostKey());
            assertEquals(1, run("hosts", "trust", "loop", "--expect", "SHA256:not-it"));
            assertTrue(err().contains("not the expected SHA256:not-it: not trusted"), err());
            assertEquals(0, run("hosts", "trust", "loop", "--expect", fp), err());
            assertTrue(out().contains("trusted loop ([127.0.0.1]:" + sshd.port + "): " + fp), out());
            assertEquals(0, run("hosts", "check", "loop"), out());
            assertTrue(out().contains("loop (") && out().contains("): ready"), out());
            assertTrue(out().matches("(?s).*tool yosys /.*tool qflow /.*tool sta /.*"), out());
            assertTrue(out().contains("version Yosys"), out());

            assertEquals(0, run("demo"), err());
            assertEquals(0, run("run-study", "demo_mac8"), out() + err());
            assertEquals(0, run("run-study", "demo_mac8", "--new", "--executor", "ssh"), out() + err());
            assertTrue(out().contains("slot(s) on SSH host loop (" + System.getProperty("user.name") + "@127.0.0.1:"
                    + sshd.port + ")"), out());
            Map<String, String> local = caseResults(ws.resolve("demo_mac8/runs/run-1"));
            Map<String, String> remote = caseResults(ws.resolve("demo_mac8/runs/run-2"));
            assertEquals(local, remote, "the same cases, states and timing as on this machine");
            assertTrue(local.values().stream().allMatch(v -> v.startsWith("succeeded ")), local.toString());
            String log = Files.readString(Files.walk(ws.resolve("demo_mac8/runs/run-2/cases"))
                    .filter(p -> p.getFileName().toString().equals("trial.log")).findFirst().orElseThrow());
            assertTrue(!log.contains(work.toString()), "the trial's log names this machine's paths, not the host's");
            try (var left = Files.walk(work)) {
                assertEquals(0, left.filter(Files::isRegularFile).count(), "nothing left on the host");
            }

            // one slot pool over this machine and the host, as the study itself says: the same cases again
            runsOn("local+ssh");
            assertEquals(0, run("run-study", "demo_mac8", "--new", "--slots", "1"), out() + err());
            assertTrue(out().contains("3 slot(s) on this machine + SSH host loop"), out());
            assertEquals(local, caseResults(ws.resolve("demo_mac8/runs/run-3")), "the same cases on the pool");
            String journal = Files.readString(ws.resolve("demo_mac8/runs/run-3/checkpoints/finished_cases.ndjson"));
            assertTrue(journal.contains("\"ranOn\":\"local\"") && journal.contains("\"ranOn\":\"ssh:loop"),
                    "trials ran here and on the host: " + journal);
        }
    }

    /** Secrets typed by a user: the master password, then each passphrase asked for, in order. */
    private static Secrets typed(String master, String... answers) {
        java.util.Deque<String> left = new java.util.ArrayDeque<>(List.of(answers));
        return new Secrets() {
            @Override
            public char[] master() {
                return master.toCharArray();
            }

            @Override
            public char[] ask(String prompt) {
                return left.isEmpty() ? null : left.removeFirst().toCharArray();
            }
        };
    }

    @Test
    void aKeyWithAPassphraseWorksOnceItIsKeptInSecureStorage() throws Exception {
        String before = System.getProperty("noodle.secureStorage");
        System.setProperty("noodle.secureStorage", cwd.resolve(".config/noodle/secure_storage").toString());
        try (LoopbackSshd sshd = new LoopbackSshd(tmp.resolve("sshd"), ws)) {
            // the server's user key, protected by a passphrase (the same key: the server accepts it)
            Path key = cwd.resolve("locked_key");
            Files.copy(sshd.userKey, key);
            assertEquals(0, new ProcessBuilder("ssh-keygen", "-q", "-p", "-P", "", "-N", "a long phrase", "-f",
                    key.toString()).start().waitFor());
            Path work = Files.createDirectories(tmp.resolve("remote-work"));
            assertEquals(0, run("hosts", "add", "loop", "--host", "127.0.0.1", "--port", String.valueOf(sshd.port),
                    "--user", System.getProperty("user.name"), "--key", key.toString(), "--work", work.toString()), err());
            assertEquals(0, run("hosts", "trust", "loop", "--expect",
                    io.noodle.remote.ssh.KnownHosts.fingerprint(sshd.hostKey())), err());

            secrets = typed("master one");
            assertEquals(1, run("hosts", "check", "loop"));
            assertTrue(out().contains("is protected by a passphrase and none is stored for it. Fix: noodle hosts "
                    + "passphrase loop"), out());

            secrets = typed("master one", "not it");
            assertEquals(1, run("hosts", "passphrase", "loop"));
            assertTrue(err().contains("the passphrase does not open " + key) && err().contains("nothing was kept"), err());
            secrets = typed("master one", "a long phrase");
            assertEquals(0, run("hosts", "passphrase", "loop"), err());
            assertTrue(out().startsWith("kept the passphrase of " + key), out());
            String stored = Files.readString(cwd.resolve(".config/noodle/secure_storage"));
            assertTrue(!stored.contains("a long phrase"), "encrypted, never in clear: " + stored);
            assertEquals(0, run("hosts", "check", "loop"), out());

            // a run on the host opens the key with the kept passphrase
            Path flow = cwd.resolve("flow");
            Files.writeString(flow, "#!/bin/sh\necho 1 > design\necho 'wns -10 ps' > report.txt\n");
            flow.toFile().setExecutable(true);
            Files.writeString(cwd.resolve("p.yaml"), "name: p\nbase_case: p_base\n"
                    + "ecos: [{name: good, class: topology_neutral}]\nstages:\n"
                    + "  - {name: a, trial_budget: 1, survivor_count: 1, ecos: [good]}\n");
            assertEquals(0, run("import", "p.yaml"), err());
            assertEquals(0, run("run-study", "p", "--executor", "ssh", "--command", flow.toString()), out() + err());
            String journal = Files.readString(ws.resolve("p/runs/run-1/checkpoints/finished_cases.ndjson"));
            assertTrue(journal.contains("\"ranOn\":\"ssh:loop"), journal);

            // the wrong master password opens nothing, and says which variable gives the right one
            secrets = typed("master two");
            assertEquals(1, run("hosts", "check", "loop"));
            assertTrue(out().contains("the master password given does not open it"), out());
        } finally {
            if (before == null) {
                System.clearProperty("noodle.secureStorage");
            } else {
                System.setProperty("noodle.secureStorage", before);
            }
        }
    }

    /** Sets where the demo study says it runs, as the designer's Runs on field does. */
    private void runsOn(String executor) throws Exception {
        Path folder = ws.resolve("demo_mac8");
        io.noodle.model.Study s = io.noodle.model.persistence.StudyStore.load(folder);
        s.setExecutor(executor);
        io.noodle.model.persistence.StudyStore.save(s, folder);
    }

    @Test
    void wrongHostSettingsAreSaidPlainly() throws Exception {
        assertEquals(2, run("hosts"));
        assertTrue(err().startsWith("usage: noodle hosts list"), err());
        assertEquals(2, run("hosts", "add", "h1", "--host", "example.org"));
        assertTrue(err().contains("--user is needed"), err());
        Files.writeString(cwd.resolve("key"), "not a key");
        assertEquals(1, run("hosts", "add", "h1", "--host", "ex ample", "--user", "me", "--key", "key", "--work", "/w"));
        assertTrue(err().contains("address 'ex ample' is not a host name or IP address"), err());
        assertEquals(1, run("hosts", "add", "h1", "--host", "example.org", "--user", "me", "--key", "key", "--work",
                "w/relative"));
        assertTrue(err().contains("work folder 'w/relative' must be an absolute path"), err());
        assertEquals(0, run("hosts", "add", "h1", "--host", "example.org", "--user", "me", "--key", "key", "--work",
                "/w"), err());
        assertEquals(1, run("hosts", "add", "h1", "--host", "example.org", "--user", "me", "--key", "key", "--work",
                "/w"));
        assertTrue(err().contains("a host named h1 exists already (replace it with --replace)"), err());
        assertEquals(1, run("hosts", "remove", "nope"));
        assertEquals(2, run("run-study", "x", "--executor", "ray9"), "no such executor");
        assertEquals(0, run("hosts", "remove", "h1"), err());
        assertEquals(0, run("demo"), err());
        assertEquals(1, run("run-study", "demo_mac8", "--executor", "ssh"));
        assertTrue(err().contains("no SSH host in this workspace"), err());
        assertEquals(2, run("run-study", "demo_mac8", "--executor", "local+local"));
        assertTrue(err().contains("'local' is named twice"), err());
        runsOn("ssh");
        assertEquals(1, run("run-study", "demo_mac8"), "the study's own choice counts");
        assertTrue(err().contains("no SSH host in this workspace"), err());
        assertEquals(4, run("run-study", "demo_mac8", "--executor", "local", "--command", "/bin/false"),
                "--executor wins over the study's choice: the run starts here (and gate 0 is blocked on /bin/false)");
        runsOn("cloud");
        assertEquals(1, run("run-study", "demo_mac8"), "a study that names no executor we have is refused");
        assertTrue(err().contains("'cloud' is not an executor"), err());
        Path yaml = cwd.resolve("cloud.yaml");
        Files.writeString(yaml, "name: cloud\nbase_case: c\nexecutor: cloud\n");
        assertEquals(1, run("import", yaml.toString()));
        assertTrue(err().contains("cloud.yaml:3:11: error: executor: 'cloud' is not an executor"), err());
    }
}
