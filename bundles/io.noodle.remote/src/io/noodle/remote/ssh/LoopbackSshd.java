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
 * sent to it. Or in a network namespace of its own ({@link #inNetworkNamespace}), reached over a veth pair at an address
 * of its own, as another machine on the network: its link can be cut ({@link #cutOff()}) so that packets vanish
 * without an answer, as when a host's network fails. Needs root for the namespaces and for sshd's privilege
 * separation folder, and iproute2's {@code ip} for the network namespace.
 */
public final class LoopbackSshd implements AutoCloseable {

    static final Path SSHD = Path.of("/usr/sbin/sshd");

    static final String IP = "/sbin/ip";

    public final Path dir;
    public final int port;
    public final Path userKey;
    /** The address it listens on and is reached at: 127.0.0.1, or its network namespace's own. */
    public final String address;
    private final Path config;
    private final Path hide;
    private final Namespace net;
    private Process process;

    /** A network namespace and the veth pair that joins it to this machine's: this side's end, the host's address. */
    private record Namespace(String name, String outside, String inside, String address) {
    }

    /**
     * @param dir  a folder for its keys, configuration and log
     * @param hide a folder to hide from it, or null
     */
    public LoopbackSshd(Path dir, Path hide) throws IOException, InterruptedException {
        this(dir, hide, free(), null, 64, null);
    }

    /** As {@link #LoopbackSshd(Path, Path)}, allowing at most {@code maxSessions} open channels per connection. */
    public LoopbackSshd(Path dir, Path hide, int maxSessions) throws IOException, InterruptedException {
        this(dir, hide, free(), null, maxSessions, null);
    }

    /**
     * A server in a network namespace of its own, joined to this machine by a veth pair on a /30 of 10.231.0.0/16 (the
     * {@code index}-th of this process, 0 to 63), listening on port 22 of its own address.
     */
    public static LoopbackSshd inNetworkNamespace(Path dir, int index) throws IOException, InterruptedException {
        if (index < 0 || index > 63) {
            throw new IllegalArgumentException("index 0 to 63: " + index);
        }
        long pid = ProcessHandle.current().pid();
        String id = Long.toString(pid % 100_000) + "x" + index; // interface names: at most 15 characters
        int block = (int) ((pid * 64 + index) % 16_384); // a /30 of 10.231.0.0/16
        String base = "10.231." + (block / 64) + ".";
        int low = (block % 64) * 4;
        Namespace ns = new Namespace("noodle-" + id, "nd" + id + "o", "nd" + id + "i", base + (low + 2));
        ip("netns", "add", ns.name());
        try {
            ip("link", "add", ns.outside(), "type", "veth", "peer", "name", ns.inside());
            ip("link", "set", ns.inside(), "netns", ns.name());
            ip("addr", "add", base + (low + 1) + "/30", "dev", ns.outside());
            ip("link", "set", ns.outside(), "up");
            ip("netns", "exec", ns.name(), IP, "addr", "add", ns.address() + "/30", "dev", ns.inside());
            ip("netns", "exec", ns.name(), IP, "link", "set", ns.inside(), "up");
            ip("netns", "exec", ns.name(), IP, "link", "set", "lo", "up");
            return new LoopbackSshd(dir, null, 22, null, 64, ns);
        } catch (IOException | InterruptedException | RuntimeException e) {
            removeNamespace(ns);
            throw e;
        }
    }

    private LoopbackSshd(Path dir, Path hide, int port, Path userKey, int maxSessions, Namespace net) throws IOException,
            InterruptedException {
        this.dir = Files.createDirectories(dir);
        this.port = port;
        this.hide = hide;
        this.net = net;
        this.address = net == null ? "127.0.0.1" : net.address();
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
        Files.writeString(config, String.join("\n", "Port " + port, "ListenAddress " + address,
                "HostKey " + host, "AuthorizedKeysFile " + dir.resolve("authorized_keys"), "PasswordAuthentication no",
                "KbdInteractiveAuthentication no", "PubkeyAuthentication yes", "PermitRootLogin prohibit-password",
                "StrictModes no", "UsePAM no", "PidFile " + dir.resolve("sshd.pid"), "MaxSessions " + maxSessions,
                "MaxStartups 64", "Subsystem sftp internal-sftp", "LogLevel ERROR", "") + "\n");
        Files.createDirectories(Path.of("/run/sshd"));
        start();
    }

    /** The same server again on the same port with a new host key (a reinstalled host). */
    public LoopbackSshd withNewHostKey() throws IOException, InterruptedException {
        if (net != null) {
            throw new UnsupportedOperationException("a new host key for a server in a network namespace");
        }
        close();
        Files.delete(dir.resolve("host_ecdsa_key"));
        Files.delete(dir.resolve("host_ecdsa_key.pub"));
        return new LoopbackSshd(dir, hide, port, userKey, 64, null);
    }

    private void start() throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        if (net != null) {
            cmd.addAll(List.of(IP, "netns", "exec", net.name()));
        }
        if (hide != null) {
            // a mount namespace of its own: the hidden folder is an empty tmpfs there, as on another machine
            cmd.addAll(List.of("unshare", "--mount", "--propagation", "private", "/bin/sh", "-c",
                    "mount -t tmpfs tmpfs \"$1\" && shift && exec \"$@\"", "sh", hide.toString()));
        }
        cmd.addAll(List.of(SSHD.toString(), "-D", "-e", "-f", config.toString()));
        process = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("sshd.log").toFile())
                .start();
        if (!answers(Duration.ofSeconds(20))) {
            kill(); // not left running where nothing will stop it
            throw new IOException("sshd did not answer on port " + port + ": " + Files.readString(dir.resolve("sshd.log")));
        }
    }

    /** Waits until the server greets a new connection with its SSH banner; false when it did not in time. */
    private boolean answers(Duration within) throws IOException {
        long end = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IOException("sshd exited: " + Files.readString(dir.resolve("sshd.log")));
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(address, port), 500);
                s.setSoTimeout(2000);
                InputStream in = s.getInputStream();
                byte[] banner = new byte[7];
                if (in.readNBytes(banner, 0, 7) == 7 && new String(banner, StandardCharsets.US_ASCII).equals("SSH-2.0")) {
                    return true;
                }
            } catch (IOException notYet) {
                Thread.onSpinWait();
            }
        }
        return false;
    }

    /** The server's host key, as a client sees it. */
    public PublicKey hostKey() throws Exception {
        String line = Files.readString(dir.resolve("host_ecdsa_key.pub")).strip();
        return AuthorizedKeyEntry.parseAuthorizedKeyEntry(line).resolvePublicKey(null, PublicKeyEntryResolver.FAILING);
    }

    /** A host entry for this server. */
    public SshHost host(String name, int slots, Path work) {
        return new SshHost(name, address, port, System.getProperty("user.name"), userKey, slots, work.toString(),
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

    /**
     * Cuts the server's network off: this side's end of the link goes down (its route with it), so nothing reaches
     * the host and nothing comes back from it: no reset, no refusal, only silence, while the host and what runs on it
     * stay up. (Taking the host's end down instead left it unreachable after {@link #reconnect()} here.)
     */
    public void cutOff() throws IOException, InterruptedException {
        if (net == null) {
            throw new IllegalStateException("only a server in a network namespace can be cut off");
        }
        ip("link", "set", net.outside(), "down");
    }

    /** Brings the link back after {@link #cutOff()}; returns once the server answers again at its address. */
    public void reconnect() throws IOException, InterruptedException {
        if (net == null) {
            throw new IllegalStateException("only a server in a network namespace can be cut off");
        }
        ip("link", "set", net.outside(), "up");
        if (!answers(Duration.ofSeconds(20))) {
            throw new IOException("sshd at " + address + " did not answer within 20 s of its link coming back");
        }
    }

    @Override
    public void close() {
        kill();
        if (net != null) {
            removeNamespace(net);
        }
    }

    private static void removeNamespace(Namespace ns) {
        try {
            ip("netns", "del", ns.name()); // the veth pair goes with it
        } catch (IOException | InterruptedException | RuntimeException e) {
            // as much as could be removed is
        }
        try {
            if (new ProcessBuilder(IP, "link", "show", ns.outside()).start().waitFor() == 0) {
                ip("link", "del", ns.outside());
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            // gone already
        }
    }

    /** Runs iproute2's ip with these arguments (no shell); its words in the exception when it fails. */
    private static void ip(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(IP));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed: " + out);
        }
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
