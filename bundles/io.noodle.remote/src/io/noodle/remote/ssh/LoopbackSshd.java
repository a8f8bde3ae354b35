package io.noodle.remote.ssh;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;

/**
 * A real OpenSSH server (Debian's openssh-server, {@code /usr/sbin/sshd}) on a loopback port of its own, with
 * a host key and a user key made by ssh-keygen, for the tests and {@code ./noodle bench remote}: a stand-in for
 * a build host that is a real server, not a mock. Optionally in a mount namespace of its own where a folder of
 * this machine (a run folder) is hidden under an empty tmpfs, so that a trial there can only work from what was
 * sent to it. Needs root for the namespace and for sshd's privilege separation folder.
 */
public final class LoopbackSshd implements AutoCloseable {

    static final Path SSHD = Path.of("/usr/sbin/sshd");

    public final Path dir;
    public final int port;
    public final Path userKey;
    private final Path config;
    private final Path hide;
    private Process process;

    /**
     * @param dir  a folder for its keys, configuration and log
     * @param hide a folder to hide from it, or null
     */
    public LoopbackSshd(Path dir, Path hide) throws IOException, InterruptedException {
        this(dir, hide, free(), null, 64);
    }

    /** As {@link #LoopbackSshd(Path, Path)}, allowing at most {@code maxSessions} open channels per connection. */
    public LoopbackSshd(Path dir, Path hide, int maxSessions) throws IOException, InterruptedException {
        this(dir, hide, free(), null, maxSessions);
    }

    private LoopbackSshd(Path dir, Path hide, int port, Path userKey, int maxSessions) throws IOException,
            InterruptedException {
        this.dir = Files.createDirectories(dir);
        this.port = port;
        this.hide = hide;
        Path host = dir.resolve("host_ecdsa_key");
        if (!Files.exists(host)) {
            keygen(host);
        }
        if (userKey == null) {
            userKey = dir.resolve("user_key");
            keygen(userKey);
        }
        this.userKey = userKey;
        Files.copy(Path.of(userKey + ".pub"), dir.resolve("authorized_keys"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        config = dir.resolve("sshd_config");
        Files.writeString(config, String.join("\n", "Port " + port, "ListenAddress 127.0.0.1",
                "HostKey " + host, "AuthorizedKeysFile " + dir.resolve("authorized_keys"), "PasswordAuthentication no",
                "KbdInteractiveAuthentication no", "PubkeyAuthentication yes", "PermitRootLogin prohibit-password",
                "StrictModes no", "UsePAM no", "PidFile " + dir.resolve("sshd.pid"), "MaxSessions " + maxSessions,
                "MaxStartups 64", "Subsystem sftp internal-sftp", "LogLevel ERROR", "") + "\n");
        Files.createDirectories(Path.of("/run/sshd"));
        start();
    }

    /** The same server again on the same port with a new host key (a reinstalled host). */
    public LoopbackSshd withNewHostKey() throws IOException, InterruptedException {
        close();
        Files.delete(dir.resolve("host_ecdsa_key"));
        Files.delete(dir.resolve("host_ecdsa_key.pub"));
        return new LoopbackSshd(dir, hide, port, userKey, 64);
    }

    private void start() throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        if (hide != null) {
            // a mount namespace of its own: the hidden folder is an empty tmpfs there, as on another machine
            cmd.addAll(List.of("unshare", "--mount", "--propagation", "private", "/bin/sh", "-c",
                    "mount -t tmpfs tmpfs \"$1\" && shift && exec \"$@\"", "sh", hide.toString()));
        }
        cmd.addAll(List.of(SSHD.toString(), "-D", "-e", "-f", config.toString()));
        process = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("sshd.log").toFile())
                .start();
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IOException("sshd exited: " + Files.readString(dir.resolve("sshd.log")));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                s.setSoTimeout(2000);
                InputStream in = s.getInputStream();
                byte[] banner = new byte[7];
                if (in.readNBytes(banner, 0, 7) == 7 && new String(banner, StandardCharsets.US_ASCII).equals("SSH-2.0")) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.onSpinWait();
            }
        }
        throw new IOException("sshd did not answer on port " + port + ": " + Files.readString(dir.resolve("sshd.log")));
    }

    /** The server's host key, as a client sees it. */
    public PublicKey hostKey() throws Exception {
        String line = Files.readString(dir.resolve("host_ecdsa_key.pub")).strip();
        return AuthorizedKeyEntry.parseAuthorizedKeyEntry(line).resolvePublicKey(null, PublicKeyEntryResolver.FAILING);
    }

    /** A host entry for this server. */
    public SshHost host(String name, int slots, Path work) {
        return new SshHost(name, "127.0.0.1", port, System.getProperty("user.name"), userKey, slots, work.toString(),
                Map.of());
    }

    /**
     * Drops every connection of the server, which itself stays up (a network that fails, not a host that dies):
     * what the sessions started in sessions of their own runs on.
     */
    public void dropConnections() {
        if (process != null) {
            process.descendants().filter(p -> p.info().command().map(c -> c.endsWith("sshd")).orElse(false)
                    && p.parent().map(q -> q.pid() == listener()).orElse(false)).forEach(ProcessHandle::destroyForcibly);
        }
    }

    /** The pid of the listening sshd (under unshare when a folder is hidden). */
    private long listener() {
        if (process.info().command().map(c -> c.endsWith("sshd")).orElse(false)) {
            return process.pid();
        }
        return process.children().filter(p -> p.info().command().map(c -> c.endsWith("sshd")).orElse(false))
                .mapToLong(ProcessHandle::pid).findFirst().orElse(process.pid());
    }

    /** Kills the server and every session and process it started (a host that dies). */
    public void kill() {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        kill();
    }

    private static void keygen(Path file) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("ssh-keygen", "-q", "-t", "ecdsa", "-b", "256", "-N", "", "-f", file.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("ssh-keygen failed: " + out);
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    private static int free() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
