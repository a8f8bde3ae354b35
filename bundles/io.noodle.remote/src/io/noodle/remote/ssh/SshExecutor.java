package io.noodle.remote.ssh;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.auth.pubkey.UserAuthPublicKeyFactory;
import org.apache.sshd.client.channel.ChannelExec;
import org.apache.sshd.client.channel.ClientChannelEvent;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClientFactory;

import io.noodle.engine.exec.LocalProcessExecutor;
import io.noodle.engine.exec.TrialExecutor;
import io.noodle.engine.exec.TrialHandle;
import io.noodle.engine.exec.TrialOutcome;
import io.noodle.engine.exec.TrialSpec;
import io.noodle.remote.PathMap;

/**
 * Runs trials on build hosts over SSH (Apache MINA SSHD as the client, any OpenSSH server as the host): one
 * connection per host, each trial a few channels on it. A trial's folder goes up by SFTP into a folder of its
 * own under the host's work folder (inputs it names outside that folder, such as the parent's design or the
 * user's flow program, go beside it), with every mention of local paths in its text files translated; each of
 * its programs runs as one exec channel, the command built from its argv with every word quoted for the remote
 * shell; the folder comes back into the trial's local folder, translated back, and is removed there. Cancel and
 * timeout kill the remote process group. A host that drops its connection, or cannot be reached, is out for the
 * rest of the run: its trial is retried once on another host, and fails as {@code worker_lost} when none is left
 * or the retry is lost too. Host keys are checked strictly against a known hosts file; only public keys log in.
 */
public final class SshExecutor implements TrialExecutor {

    /** How long connecting, authenticating and each SFTP operation may take. */
    static final Duration CONNECT = Duration.ofSeconds(15);

    private final List<Host> hosts = new ArrayList<>();
    private final KnownHosts knownHosts;
    private final SshClient client;
    private final int slots;
    private final String tag = Long.toHexString(Double.doubleToLongBits(Math.random()) ^ System.nanoTime());
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition freed = lock.newCondition();
    private final Set<SshHandle> live = ConcurrentHashMap.newKeySet();
    private int running;
    private volatile boolean closed;
    /** Trials whose host was lost while they ran there: host and remote folder, cleaned up at close. */
    private final java.util.Queue<LeftBehind> leftBehind = new java.util.concurrent.ConcurrentLinkedQueue<>();

    /** A trial's folder on a host lost while the trial ran there (its processes may run on there). */
    private record LeftBehind(Host host, String folder) {
    }

    /** One host: its settings, connection, free slots and whether it is still usable. */
    private static final class Host {
        final SshHost cfg;
        ClientSession session;
        int free;
        String lost;
        /** The host's shared SFTP session and the connection it is on. */
        SftpClient sftp;
        ClientSession sftpOf;
        /** Folders made on the host already (the work folder and this executor's folder in it). */
        final Set<String> made = ConcurrentHashMap.newKeySet();

        Host(SshHost cfg) {
            this.cfg = cfg;
            this.free = cfg.slots();
        }
    }

    /** A host that cannot go on: unreachable, refused, or its connection dropped. */
    static final class HostLost extends IOException {
        private static final long serialVersionUID = 1L;

        HostLost(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * @param hosts      the hosts, each with its slots
     * @param knownHosts where their keys are recorded (strict checking)
     * @param maxSlots   at most this many trials at once over all hosts (a study may ask for fewer)
     */
    public SshExecutor(List<SshHost> hosts, KnownHosts knownHosts, int maxSlots) {
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("no SSH host is configured: add one in Preferences > Noodle > Executors "
                    + "or with ./noodle hosts add");
        }
        hosts.forEach(h -> this.hosts.add(new Host(h)));
        this.knownHosts = knownHosts;
        int all = hosts.stream().mapToInt(SshHost::slots).sum();
        this.slots = Math.max(1, Math.min(maxSlots, all));
        client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(knownHosts);
        client.setUserAuthFactories(List.of(UserAuthPublicKeyFactory.INSTANCE));
        CoreModuleProperties.HEARTBEAT_INTERVAL.set(client, Duration.ofSeconds(5));
        CoreModuleProperties.HEARTBEAT_NO_REPLY_MAX.set(client, 3);
        // each trial is a few short request-reply exchanges: Nagle's delay would add ~40 ms to each
        CoreModuleProperties.TCP_NODELAY.set(client, true);
        client.start();
    }

    @Override
    public int slots() {
        return slots;
    }

    @Override
    public String describe() {
        return "SSH host" + (hosts.size() == 1 ? " " : "s ") + String.join(", ", hosts.stream().map(h -> h.cfg.name()
                + " (" + h.cfg.address() + ")").toList());
    }

    /** The hosts left and why the others were lost (for messages and tests): name → null or the reason. */
    public Map<String, String> hostStates() {
        lock.lock();
        try {
            Map<String, String> out = new LinkedHashMap<>();
            hosts.forEach(h -> out.put(h.cfg.name(), h.lost));
            return out;
        } finally {
            lock.unlock();
        }
    }

    /** The host a trial of this executor runs on now, or null while it waits or after it ended (for tests). */
    public String running(TrialHandle h) {
        return h instanceof SshHandle s && !s.outcome().isDone() ? s.hostName : null;
    }

    @Override
    public TrialHandle submit(TrialSpec spec) {
        if (closed) {
            throw new IllegalStateException("executor closed");
        }
        SshHandle h = new SshHandle(spec);
        live.add(h);
        h.worker = Thread.ofVirtual().name("ssh-trial-" + spec.id()).start(h::run);
        return h;
    }

    @Override
    public void close() {
        closed = true;
        new ArrayList<>(live).forEach(SshHandle::cancel);
        for (SshHandle h : new ArrayList<>(live)) {
            try {
                h.outcome().get(10, TimeUnit.SECONDS); // let their remote processes be killed over the connection
            } catch (Exception e) {
                // the trial ends on its own; closing goes on
            }
        }
        cleanUpLeftBehind();
        try {
            client.stop();
        } catch (RuntimeException e) {
            // stopping a client whose connections dropped may complain; it is stopped
        }
    }

    /**
     * A host lost while a trial ran there may still be up (only the connection dropped): its trial's processes
     * would run on there. Once, at the end, each such host is reached again on a fresh connection and the trial's
     * process group is killed and its folder removed. A host still unreachable is left as it is.
     */
    private void cleanUpLeftBehind() {
        for (LeftBehind l; (l = leftBehind.poll()) != null;) {
            String script = killGroup(l.folder(), false) + " rm -rf " + RemoteShell.quote(l.folder()) + "; true";
            ClientSession s = null;
            try {
                s = logIn(l.host().cfg);
                ChannelExec ch = quietly(s, script);
                ch.open().verify(CONNECT);
                closeGracefully(ch);
            } catch (IOException | java.security.GeneralSecurityException | RuntimeException e) {
                // still unreachable: nothing more can be done from here
            } finally {
                if (s != null) {
                    s.close(true);
                }
            }
        }
    }

    /**
     * The shell words that signal the process group of the trial whose folder this is (its leader's pid in the
     * folder's .noodle-pid), with KILL, or gently (TERM, and KILL two seconds later); procps' kill, as the shells'
     * built-in one (dash's) cannot signal a process group. Ends with ';' for what follows.
     */
    private static String killGroup(String folder, boolean gently) {
        String signals = gently ? "/bin/kill -s TERM -- -\"$p\" 2>/dev/null; sleep 2; /bin/kill -s KILL -- -\"$p\" 2>/dev/null;"
                : "/bin/kill -s KILL -- -\"$p\" 2>/dev/null;";
        return "p=$(cat " + RemoteShell.quote(folder + "/.noodle-pid") + " 2>/dev/null); [ -n \"$p\" ] && { " + signals
                + " };";
    }

    /** An exec channel (not opened yet) running a script of ours, its output dropped. */
    private static ChannelExec quietly(ClientSession s, String script) throws IOException {
        ChannelExec ch = s.createExecChannel("exec /bin/sh -c " + RemoteShell.quote(script));
        ch.setOut(OutputStream.nullOutputStream());
        ch.setErr(OutputStream.nullOutputStream());
        return ch;
    }

    /** A new connection to a host, logged in with its keys (strict host-key checking by the client's verifier). */
    private ClientSession logIn(SshHost c) throws IOException, java.security.GeneralSecurityException {
        ClientSession s = client.connect(c.user(), c.host(), c.port()).verify(CONNECT).getSession();
        try {
            for (KeyPair k : keys(c, s, passphrases)) {
                s.addPublicKeyIdentity(k);
            }
            s.auth().verify(CONNECT);
            return s;
        } catch (IOException | java.security.GeneralSecurityException | RuntimeException e) {
            s.close(true);
            throw e;
        }
    }

    /** Waits for a usable host with a free slot and takes it; null when no host is left. */
    private Host acquire(int need, Host not) throws InterruptedException {
        lock.lock();
        try {
            while (true) {
                Host best = null;
                boolean any = false;
                for (Host h : hosts) {
                    if (h.lost != null || h == not) {
                        continue;
                    }
                    any = true;
                    int n = Math.min(need, h.cfg.slots());
                    if (h.free >= n && running < slots && (best == null || h.free > best.free)) {
                        best = h;
                    }
                }
                if (!any) {
                    return null;
                }
                if (best != null) {
                    best.free -= Math.min(need, best.cfg.slots());
                    running++;
                    return best;
                }
                freed.await();
            }
        } finally {
            lock.unlock();
        }
    }

    private void release(Host h, int need) {
        lock.lock();
        try {
            h.free += Math.min(need, h.cfg.slots());
            running--;
            freed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void markLost(Host h, String why) {
        ClientSession s;
        lock.lock();
        try {
            if (h.lost == null) {
                h.lost = why;
            }
            s = h.session;
            h.session = null;
            if (h.sftp != null) {
                close(h.sftp);
                h.sftp = null;
            }
            freed.signalAll();
        } finally {
            lock.unlock();
        }
        if (s != null) {
            s.close(true);
        }
    }

    /** The host's connection, opened (and authenticated) on first use. */
    private ClientSession session(Host h) throws HostLost {
        synchronized (h) {
            ClientSession s = h.session;
            if (s != null && s.isOpen() && !s.isClosing()) {
                return s;
            }
            SshHost c = h.cfg;
            try {
                s = logIn(c);
            } catch (IOException | java.security.GeneralSecurityException | RuntimeException e) {
                String refused = knownHosts.refusal(c.host(), c.port());
                throw new HostLost("host " + c.name() + " (" + c.address() + "): " + (refused != null ? refused
                        : "cannot connect and log in with " + c.key() + ": " + e.getMessage()), e);
            }
            h.session = s;
            return s;
        }
    }

    /** Where the passphrase of a key comes from: null when there is none to give. */
    @FunctionalInterface
    public interface Passphrases {
        char[] of(Path key) throws IOException;

        /** No passphrases: a key that needs one is refused with the way to store it. */
        Passphrases NONE = key -> null;
    }

    private volatile Passphrases passphrases = Passphrases.NONE;

    /** Gives the executor the passphrases of keys that have one (from {@link KeyPassphrases}). */
    public SshExecutor passphrases(Passphrases p) {
        this.passphrases = p;
        return this;
    }

    /** The key pairs of a host's key file, decrypted with its passphrase when it has one. */
    static Iterable<KeyPair> keys(SshHost c, ClientSession s, Passphrases passphrases) throws IOException,
            java.security.GeneralSecurityException {
        if (!Files.isReadable(c.key())) {
            throw new IOException("the key file " + c.key() + " cannot be read");
        }
        boolean[] gave = { false };
        try (InputStream in = Files.newInputStream(c.key())) {
            Iterable<KeyPair> k = SecurityUtils.loadKeyPairIdentities(s, NamedResource.ofName(c.key().toString()), in,
                    (session, resource, index) -> {
                        char[] p = index == 0 ? passphrases.of(c.key()) : null;
                        gave[0] |= p != null;
                        if (p == null) {
                            throw new IOException("the key " + c.key() + " is protected by a passphrase" + (index > 0
                                    ? " and the one stored for it does not open it" : " and none is stored for it")
                                    + ". Fix: noodle hosts passphrase " + c.name() + " (kept in Eclipse secure storage, "
                                    + "encrypted with your master password)");
                        }
                        return new String(p);
                    });
            if (k == null || !k.iterator().hasNext()) {
                throw new IOException(c.key() + " holds no private key");
            }
            return k;
        } catch (IOException | java.security.GeneralSecurityException | RuntimeException e) {
            if (gave[0]) { // the stored passphrase was given and the key did not open
                throw new IOException("the passphrase stored for the key " + c.key() + " does not open it. Fix: noodle "
                        + "hosts passphrase " + c.name() + " to store the right one", e);
            }
            throw e;
        }
    }

    private final class SshHandle extends io.noodle.engine.exec.AbstractTrialHandle {
        private volatile boolean cancelled;
        private volatile Thread worker;
        /** Where the step running now is, for cancel: its session and remote folder. */
        private volatile ClientSession runningOn;
        private volatile String remoteDir;
        /** What the executor said in the log (a lost host), kept at its head. */
        private final StringBuilder notes = new StringBuilder();
        /** The host it runs on now, or null. */
        private volatile String hostName;

        SshHandle(TrialSpec spec) {
            super(spec);
        }

        @Override
        public void cancel() {
            cancelled = true;
            Thread t = worker;
            if (started < 0 && t != null) {
                t.interrupt();
            }
            kill();
        }

        /** Kills the running step's process group on its host (in the background; idempotent). */
        private void kill() {
            ClientSession s = runningOn;
            String rd = remoteDir;
            if (s == null || rd == null || !s.isOpen()) {
                return;
            }
            try {
                ChannelExec ch = quietly(s, killGroup(rd, true) + " true");
                ch.open();
                Thread.ofVirtual().start(() -> closeGracefully(ch)); // once the kill has run
            } catch (IOException | RuntimeException e) {
                // the connection is going: its processes lose their session with it
            }
        }

        void run() {
            long start = System.nanoTime();
            Host not = null;
            try {
                for (int attempt = 1; attempt <= 2; attempt++) {
                    Host h;
                    try {
                        h = acquire(spec.cpus(), not);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        finish(new TrialOutcome(-1, false, true, null, Duration.ZERO, spec.logFile()));
                        return;
                    }
                    if (h == null) {
                        finish(TrialOutcome.lost("no SSH host is left to run it: " + lostHosts(), elapsed(start),
                                spec.logFile(), null));
                        return;
                    }
                    try {
                        if (cancelled) {
                            finish(new TrialOutcome(-1, false, true, null, Duration.ZERO, spec.logFile()));
                            return;
                        }
                        started = System.nanoTime();
                        hostName = h.cfg.name();
                        finish(runOn(h, attempt));
                        return;
                    } catch (HostLost e) {
                        if (remoteDir != null) {
                            leftBehind.add(new LeftBehind(h, remoteDir));
                        }
                        markLost(h, e.getMessage());
                        note("== noodle: " + e.getMessage() + (attempt == 1 ? "; trying another host" : ""));
                        if (attempt == 2 || cancelled) {
                            finish(cancelled ? new TrialOutcome(-1, false, true, null, elapsed(start), spec.logFile())
                                    : TrialOutcome.lost(e.getMessage() + " (its first host was lost too)", elapsed(start),
                                            spec.logFile(), "ssh:" + h.cfg.name()));
                            return;
                        }
                        not = h;
                    } finally {
                        release(h, spec.cpus());
                    }
                }
            } catch (IOException | RuntimeException e) {
                finish(new TrialOutcome(-1, false, cancelled, "cannot run it over SSH: " + e.getMessage(), elapsed(start),
                        spec.logFile()));
            } finally {
                live.remove(this);
                if (!outcome.isDone()) {
                    finish(new TrialOutcome(-1, false, true, null, elapsed(start), spec.logFile()));
                }
            }
        }

        /** Says something in the trial's log, now and again at its head after a retry's log replaced it. */
        private void note(String line) {
            notes.append(line).append('\n');
            try {
                Files.createDirectories(spec.directory());
                Files.writeString(spec.logFile(), line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                // the outcome says it too
            }
        }

        private void finish(TrialOutcome o) {
            outcome.complete(o);
        }

        /** Runs the trial on one host: up, each program, down. */
        private TrialOutcome runOn(Host h, int attempt) throws IOException {
            ClientSession s = session(h);
            String rd = h.cfg.workFolder() + "/noodle-" + tag + "/" + safe(spec.id()) + "-" + attempt;
            PathMap map = new PathMap();
            map.add(spec.directory().toString(), rd);
            List<List<String>> steps = new ArrayList<>();
            for (List<String> step : spec.allSteps()) {
                List<String> argv = new ArrayList<>();
                for (int i = 0; i < step.size(); i++) {
                    String a = step.get(i);
                    String sent = map.input(a, spec.directory(), rd);
                    argv.add(i == 0 && sent.equals(a) ? h.cfg.program(a) : map.toRemote(sent));
                }
                steps.add(argv);
            }
            Map<String, String> env = new HashMap<>();
            spec.env().forEach((k, v) -> env.put(k, map.toRemote(map.input(v, spec.directory(), rd))));
            long start = System.nanoTime();
            long deadline = spec.timeout().isZero() ? Long.MAX_VALUE : start + spec.timeout().toNanos();
            Files.createDirectories(spec.directory());
            Files.deleteIfExists(spec.logFile());
            // the host's one SFTP session, shared by its trials: sends now, fetches and removes after the programs
            SftpClient sftp = sftp(s, h);
            try {
                ensureBase(h, sftp, rd.substring(0, rd.lastIndexOf('/')));
                sftp.mkdir(rd);
                upload(sftp, spec.directory(), rd, map);
                for (var in : map.inputs().entrySet()) {
                    mkdirs(sftp, in.getValue().substring(0, in.getValue().lastIndexOf('/')));
                    if (Files.isDirectory(in.getKey())) {
                        mkdirs(sftp, in.getValue());
                        upload(sftp, in.getKey(), in.getValue(), map);
                    } else {
                        put(sftp, in.getKey(), in.getValue(), map);
                    }
                }
            } catch (IOException e) {
                throw lostOr(h, s, e, "cannot send the trial's files to " + rd);
            }
            remoteDir = rd;
            runningOn = s;
            int exit = 0;
            boolean timedOut = false;
            int step = 0;
            String program = null;
            try {
                for (step = 0; step < steps.size(); step++) {
                    program = steps.size() > 1 ? spec.allSteps().get(step).get(0) : null;
                    String header = steps.size() > 1 ? "printf '%s\\n' " + RemoteShell.quote(LocalProcessExecutor.STEP_HEADER
                            + (step + 1) + "/" + steps.size() + ": " + String.join(" ", spec.allSteps().get(step)))
                            + " >> trial.log && " : "";
                    String limit = spec.memoryMb() > 0 ? "prlimit --as=" + spec.memoryMb() * 1024 * 1024 + " -- " : "";
                    String envWords = RemoteShell.env(env);
                    String command = (envWords.isEmpty() ? "" : envWords + " ") + limit + RemoteShell.words(steps.get(step))
                            + " >> trial.log 2>&1 < /dev/null";
                    // the program leads a session of its own there, as here: when it ends (exit 0 included) its
                    // whole group is killed, so nothing it started outlives the trial on the host either
                    String script = "cd " + RemoteShell.quote(rd) + " && " + header
                            + "if command -v setsid >/dev/null 2>&1; then setsid -w " + command + " & p=$!; "
                            + "echo $p > .noodle-pid; wait $p; s=$?; /bin/kill -s KILL -- -$p 2>/dev/null; exit $s; "
                            + "else echo $$ > .noodle-pid && exec " + command + "; fi";
                    if (cancelled) {
                        break;
                    }
                    int[] st = exec(h, s, "exec /bin/sh -c " + RemoteShell.quote(script), deadline);
                    exit = st[0];
                    timedOut = st[1] == 1;
                    if (exit != 0 || timedOut || cancelled) {
                        break;
                    }
                }
            } finally {
                runningOn = null;
            }
            if (step == steps.size()) {
                step = steps.size() - 1;
            }
            sftp = sftp(s, h);
            try {
                download(sftp, rd, spec.directory(), map);
                removeTree(sftp, rd);
            } catch (IOException e) {
                throw lostOr(h, s, e, "cannot fetch the trial's files from " + rd);
            }
            if (notes.length() > 0) {
                byte[] log = Files.exists(spec.logFile()) ? Files.readAllBytes(spec.logFile()) : new byte[0];
                Files.write(spec.logFile(), (notes + new String(log, StandardCharsets.UTF_8)).getBytes(StandardCharsets
                        .UTF_8));
            }
            boolean killed = timedOut || cancelled;
            return new TrialOutcome(killed ? -1 : exit, timedOut, cancelled && !timedOut, null, elapsed(start),
                    spec.logFile(), step, program, null, "ssh:" + h.cfg.name() + " " + rd);
        }

        /**
         * Runs one command to its end or the deadline: {exit status, 1 when it was killed for the deadline}. A
         * connection that drops meanwhile loses the host.
         */
        private int[] exec(Host h, ClientSession s, String command, long deadline) throws IOException {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            ChannelExec ch = s.createExecChannel(command);
            try {
                ch.setOut(OutputStream.nullOutputStream());
                ch.setErr(err);
                ch.open().verify(CONNECT);
                boolean killedForTime = false;
                while (true) {
                    long wait = deadline == Long.MAX_VALUE ? 500 : Math.min(500, TimeUnit.NANOSECONDS.toMillis(deadline
                            - System.nanoTime()));
                    Set<ClientChannelEvent> ev = ch.waitFor(EnumSet.of(ClientChannelEvent.CLOSED,
                            ClientChannelEvent.EXIT_STATUS), Math.max(1, wait));
                    if (ev.contains(ClientChannelEvent.EXIT_STATUS) || ev.contains(ClientChannelEvent.CLOSED)) {
                        break;
                    }
                    if (!s.isOpen()) {
                        break;
                    }
                    if (!killedForTime && deadline != Long.MAX_VALUE && System.nanoTime() >= deadline) {
                        killedForTime = true;
                        kill();
                    }
                }
                Integer status = ch.getExitStatus();
                String signal = ch.getExitSignal();
                if (status == null && signal != null) {
                    return new int[] { 128 + signalNumber(signal), killedForTime ? 1 : 0 };
                }
                if (status == null) { // no status, no signal: the session or the host went away under it
                    throw new HostLost("host " + h.cfg.name() + " (" + h.cfg.address() + "): the connection dropped "
                            + "while " + spec.id() + " ran" + (err.size() > 0 ? ": " + err.toString(StandardCharsets
                                    .UTF_8).strip() : ""), null);
                }
                return new int[] { status, killedForTime ? 1 : 0 };
            } finally {
                closeGracefully(ch);
            }
        }
    }

    /**
     * Closes an exec channel the way the server expects: after the server closed it (the program ended), with
     * a close message of our own. MINA's plain close() is an immediate one that may send none; OpenSSH then
     * keeps the session, and after MaxSessions of them refuses new channels on the connection.
     */
    public static void closeGracefully(ChannelExec ch) {
        try {
            ch.waitFor(EnumSet.of(ClientChannelEvent.CLOSED), CONNECT.toMillis());
            ch.close(false).await(CONNECT);
        } catch (IOException | RuntimeException e) {
            ch.close(true); // the connection is going: nothing to tell the server
        }
    }

    /** The number of a signal as SSH names it ({@code KILL}, {@code TERM}, …); 9 when unknown. */
    static int signalNumber(String name) {
        return switch (name) {
        case "HUP" -> 1;
        case "INT" -> 2;
        case "QUIT" -> 3;
        case "ILL" -> 4;
        case "ABRT" -> 6;
        case "FPE" -> 8;
        case "SEGV" -> 11;
        case "PIPE" -> 13;
        case "ALRM" -> 14;
        case "TERM" -> 15;
        case "USR1" -> 10;
        case "USR2" -> 12;
        default -> 9;
        };
    }

    private static Duration elapsed(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private String lostHosts() {
        StringBuilder b = new StringBuilder();
        hostStates().forEach((n, why) -> b.append(b.length() == 0 ? "" : "; ").append(why == null ? n + " busy" : why));
        return b.toString();
    }

    /** A file name made of safe characters (case names are already; this keeps the remote path plain). */
    static String safe(String s) {
        String t = s.replaceAll("[^A-Za-z0-9._-]", "_");
        return t.isEmpty() || t.startsWith(".") ? "_" + t : t;
    }

    /**
     * The host's SFTP session, opened once on its connection and shared by its trials (requests of several
     * trials interleave on it; opening one per trial costs the server a process each time). A host that cannot
     * give one is lost.
     */
    private SftpClient sftp(ClientSession s, Host h) throws IOException {
        synchronized (h) {
            if (h.sftp != null && h.sftp.isOpen() && h.sftpOf == s) {
                return h.sftp;
            }
            try {
                h.sftp = SftpClientFactory.instance().createSftpClient(s);
                h.sftpOf = s;
                return h.sftp;
            } catch (IOException | RuntimeException e) {
                throw new HostLost("host " + h.cfg.name() + " (" + h.cfg.address() + "): cannot open an SFTP session: "
                        + e.getMessage(), e);
            }
        }
    }

    /** A lost host when the connection is gone, else the error as it is. */
    private static IOException lostOr(Host h, ClientSession s, IOException e, String what) {
        if (e instanceof HostLost) {
            return e;
        }
        if (!s.isOpen() || s.isClosing()) {
            return new HostLost("host " + h.cfg.name() + " (" + h.cfg.address() + "): the connection dropped: " + what,
                    e);
        }
        return new IOException("host " + h.cfg.name() + ": " + what + ": " + e.getMessage(), e);
    }

    /** Makes the executor's folder on the host once (the trials' folders go in it). */
    private static void ensureBase(Host h, SftpClient sftp, String base) throws IOException {
        if (!h.made.contains(base)) {
            mkdirs(sftp, base);
            h.made.add(base);
        }
    }

    private static void close(SftpClient sftp) {
        try {
            sftp.close();
        } catch (IOException e) {
            // the session's end: nothing left to do with it
        }
    }

    /** Removes a remote folder and what it holds, over SFTP (links removed, never followed). */
    private static void removeTree(SftpClient sftp, String dir) throws IOException {
        for (SftpClient.DirEntry e : sftp.readDir(dir)) {
            String n = e.getFilename();
            if (n.equals(".") || n.equals("..") || n.contains("/")) {
                continue;
            }
            String p = dir + "/" + n;
            if (e.getAttributes().isDirectory() && !e.getAttributes().isSymbolicLink()) {
                removeTree(sftp, p);
            } else {
                sftp.remove(p);
            }
        }
        sftp.rmdir(dir);
    }

    private static void mkdirs(SftpClient sftp, String dir) throws IOException {
        StringBuilder p = new StringBuilder();
        for (String part : dir.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            p.append('/').append(part);
            try {
                sftp.stat(p.toString());
            } catch (IOException missing) {
                try {
                    sftp.mkdir(p.toString());
                } catch (IOException e) {
                    if (!sftp.stat(p.toString()).isDirectory()) { // another trial made it meanwhile: fine
                        throw e;
                    }
                }
            }
        }
    }

    /** Sends a local folder's files (not following links out of it) into a remote folder that exists. */
    private static void upload(SftpClient sftp, Path local, String remote, PathMap map) throws IOException {
        List<Path> entries;
        try (var list = Files.list(local)) {
            entries = list.sorted().toList();
        }
        for (Path p : entries) {
            String there = remote + "/" + p.getFileName();
            if (Files.isSymbolicLink(p)) {
                continue; // a link may point anywhere: only what the folder holds travels
            }
            if (Files.isDirectory(p)) {
                mkdirs(sftp, there);
                upload(sftp, p, there, map);
            } else if (Files.isRegularFile(p)) {
                put(sftp, p, there, map);
            }
        }
    }

    private static void put(SftpClient sftp, Path file, String there, PathMap map) throws IOException {
        byte[] b = Files.size(file) <= PathMap.TEXT_LIMIT ? map.translate(Files.readAllBytes(file), true) : null;
        try (OutputStream out = sftp.write(there)) {
            if (b != null) {
                out.write(b);
            } else {
                Files.copy(file, out);
            }
        }
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
        SftpClient.Attributes a = new SftpClient.Attributes();
        a.setPermissions(perms.contains(PosixFilePermission.OWNER_EXECUTE) ? 0755 : 0644);
        sftp.setStat(there, a);
    }

    /** Fetches a remote folder's files into a local folder, replacing what is there (not the inputs sent). */
    private static void download(SftpClient sftp, String remote, Path local, PathMap map) throws IOException {
        Files.createDirectories(local);
        for (SftpClient.DirEntry e : sftp.readDir(remote)) {
            String n = e.getFilename();
            if (n.equals(".") || n.equals("..") || n.equals(".inputs") || n.equals(".noodle-pid") || n.contains("/")) {
                continue;
            }
            String there = remote + "/" + n;
            Path here = local.resolve(n);
            SftpClient.Attributes a = e.getAttributes();
            if (a.isDirectory()) {
                download(sftp, there, here, map);
            } else if (a.isRegularFile()) {
                if (Files.isSymbolicLink(here) || Files.isDirectory(here)) {
                    continue; // never write through a link, never replace a folder by a file
                }
                Path part = here.resolveSibling(n + ".noodle-part");
                try (InputStream in = sftp.read(there)) {
                    if (a.getSize() <= PathMap.TEXT_LIMIT) {
                        Files.write(part, map.translate(in.readAllBytes(), false));
                    } else {
                        Files.copy(in, part, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                if ((a.getPermissions() & 0100) != 0) {
                    part.toFile().setExecutable(true, true);
                }
                Files.move(part, here, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }
}
