package io.noodle.remote.ssh;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;

/**
 * What {@code ./noodle hosts check} and {@code hosts trust} do on a host: fetch the key it presents (to trust it
 * knowingly), and check it as the executor will use it — reachable, its key known, the user's key accepted, the
 * work folder writable, the flow's tools found (with their versions) and the programs the executor relies on
 * ({@code /bin/kill}, {@code prlimit}) there.
 */
public final class HostCheck {

    /** The programs the local flow runs (qflow runs graywolf and qrouter itself). */
    public static final List<String> FLOW_TOOLS = List.of("yosys", "qflow", "sta", "graywolf", "qrouter");

    private HostCheck() {
    }

    /** What the check found: each line to print, and the problems (empty when the host is ready). */
    public record Result(SshHost host, List<String> lines, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** The key the host presents, read without logging in (nothing is trusted by reading it). */
    public static PublicKey presentedKey(SshHost h) throws IOException {
        AtomicReference<PublicKey> seen = new AtomicReference<>();
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier((session, remote, key) -> {
            seen.set(key);
            return false; // read, never accepted here
        });
        client.start();
        try (ClientSession s = client.connect(h.user(), h.host(), h.port()).verify(SshExecutor.CONNECT).getSession()) {
            try {
                s.auth().verify(SshExecutor.CONNECT);
            } catch (IOException | RuntimeException expected) {
                // the key exchange ended at our verifier, as meant
            }
        } catch (IOException | RuntimeException e) {
            if (seen.get() == null) {
                throw new IOException("cannot reach " + h.name() + " (" + h.address() + "): " + e.getMessage(), e);
            }
        } finally {
            client.stop();
        }
        if (seen.get() == null) {
            throw new IOException(h.name() + " (" + h.address() + ") presented no host key");
        }
        return seen.get();
    }

    /** Checks a host as the executor will use it, opening a key that has a passphrase with {@code passphrases}. */
    public static Result check(SshHost h, KnownHosts known, SshExecutor.Passphrases passphrases) {
        List<String> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(known);
        client.setUserAuthFactories(List.of(UserAuthPublicKeyFactory.INSTANCE));
        client.start();
        try (ClientSession s = client.connect(h.user(), h.host(), h.port()).verify(SshExecutor.CONNECT).getSession()) {
            for (var k : SshExecutor.keys(h, s, passphrases)) {
                s.addPublicKeyIdentity(k);
            }
            try {
                s.auth().verify(SshExecutor.CONNECT);
            } catch (IOException e) {
                String refused = known.refusal(h.host(), h.port());
                problems.add(refused != null ? refused : "the user's key " + h.key() + " was not accepted for " + h.user()
                        + " (" + e.getMessage() + ")");
                return new Result(h, lines, problems);
            }
            lines.add("reachable, host key known, logged in as " + h.user() + " with " + h.key());
            StringBuilder script = new StringBuilder("uname -srm | sed 's/^/system /'\n");
            script.append("w=").append(RemoteShell.quote(h.workFolder())).append("\n")
                    .append("mkdir -p \"$w\" && touch \"$w/.noodle-check\" && rm -f \"$w/.noodle-check\" "
                            + "&& echo \"work ok $w\" || echo \"work unwritable $w\"\n");
            for (String t : FLOW_TOOLS) {
                String p = h.tools().get(t);
                script.append("p=").append(p != null ? RemoteShell.quote(p) : "$(command -v " + t + ")").append("; ")
                        .append("if [ -n \"$p\" ] && [ -x \"$p\" ]; then echo \"tool ").append(t)
                        .append(" $p\"; else echo \"missing ").append(t).append("\"; fi\n");
            }
            String yosys = h.tools().getOrDefault("yosys", "yosys");
            script.append(RemoteShell.quote(yosys)).append(" -V 2>/dev/null | head -1 | sed 's/^/version /'\n");
            script.append("[ -x /bin/kill ] && echo 'tool kill /bin/kill' || echo 'missing /bin/kill'\n");
            script.append("command -v prlimit >/dev/null && echo 'tool prlimit' || echo 'missing prlimit'\n");
            String out = run(s, "exec /bin/sh -c " + RemoteShell.quote(script.toString()));
            for (String line : out.split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                if (line.startsWith("missing ") || line.startsWith("work unwritable")) {
                    problems.add(line.startsWith("missing ") ? line.substring(8) + " is not found on " + h.name()
                            + " (install it, or give its path in the host's tools)"
                            : "the work folder " + h.workFolder() + " cannot be written on " + h.name());
                } else {
                    lines.add(line);
                }
            }
        } catch (IOException | java.security.GeneralSecurityException | RuntimeException e) {
            String refused = known.refusal(h.host(), h.port());
            problems.add(refused != null ? refused : "cannot reach " + h.address() + ": " + e.getMessage());
        } finally {
            client.stop();
        }
        return new Result(h, lines, problems);
    }

    private static String run(ClientSession s, String command) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ChannelExec ch = s.createExecChannel(command);
        try {
            ch.setOut(out);
            ch.setErr(out);
            ch.open().verify(SshExecutor.CONNECT);
            ch.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), Duration.ofSeconds(60).toMillis());
        } finally {
            SshExecutor.closeGracefully(ch);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
