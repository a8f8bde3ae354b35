package io.noodle.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.noodle.remote.ssh.HostCheck;
import io.noodle.remote.ssh.KeyPassphrases;
import io.noodle.remote.ssh.HostStore;
import io.noodle.remote.ssh.KnownHosts;
import io.noodle.remote.ssh.SshHost;

/**
 * {@code noodle hosts list | add | remove | trust | check}: the SSH hosts of the workspace, the same the
 * workbench's Preferences > Noodle > Executors page edits.
 */
final class HostsCommand {

    static final String USAGE = """
            usage: noodle hosts list
                   noodle hosts add <name> --host <address> --user <login> --key <private key file> --work <folder there>
                                    [--port 22] [--slots 1] [--tool <program>=<path there>]... [--replace]
                   noodle hosts remove <name>
                   noodle hosts trust <name> [--expect SHA256:<fingerprint>]
                   noodle hosts check [<name>...]
                   noodle hosts passphrase <name> [--remove]   (the passphrase of the host's key, asked for and kept
                                    in Eclipse secure storage, encrypted with your master password)""";

    private HostsCommand() {
    }

    static int run(List<String> args, CliContext ctx) {
        if (ctx.workspace() == null) {
            ctx.err().println("noodle hosts: no workspace (give one with -data <folder>)");
            return NoodleCli.EXIT_USAGE;
        }
        if (args.isEmpty()) {
            ctx.err().println(USAGE);
            return NoodleCli.EXIT_USAGE;
        }
        HostStore store = new HostStore(ctx.workspace());
        List<String> rest = args.subList(1, args.size());
        try {
            return switch (args.get(0)) {
            case "list" -> list(store, ctx);
            case "add" -> add(rest, store, ctx);
            case "remove" -> remove(rest, store, ctx);
            case "trust" -> trust(rest, store, ctx);
            case "check" -> check(rest, store, ctx);
            case "passphrase" -> passphrase(rest, store, ctx);
            default -> {
                ctx.err().println(USAGE);
                yield NoodleCli.EXIT_USAGE;
            }
            };
        } catch (IOException e) {
            ctx.err().println("noodle hosts: " + e.getMessage());
            return NoodleCli.EXIT_PROBLEM;
        }
    }

    private static int list(HostStore store, CliContext ctx) throws IOException {
        var s = store.read();
        if (s.hosts().isEmpty()) {
            ctx.out().println("no SSH host (add one with: noodle hosts add <name> --host ... )");
        }
        for (SshHost h : s.hosts()) {
            ctx.out().println(h.name() + "  " + h.address() + "  key " + h.key() + "  slots " + h.slots() + "  work "
                    + h.workFolder() + (h.tools().isEmpty() ? "" : "  tools " + h.tools()));
        }
        if (s.rayAddress() != null) {
            ctx.out().println("ray cluster: " + s.rayAddress());
        }
        return NoodleCli.EXIT_OK;
    }

    private static int add(List<String> args, HostStore store, CliContext ctx) throws IOException {
        if (args.isEmpty() || args.get(0).startsWith("-")) {
            ctx.err().println(USAGE);
            return NoodleCli.EXIT_USAGE;
        }
        String name = args.get(0);
        Map<String, String> opt = new LinkedHashMap<>();
        Map<String, String> tools = new LinkedHashMap<>();
        boolean replace = false;
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--replace")) {
                replace = true;
                continue;
            }
            if (!List.of("--host", "--user", "--key", "--work", "--port", "--slots", "--tool").contains(a)
                    || i + 1 >= args.size()) {
                ctx.err().println(USAGE);
                return NoodleCli.EXIT_USAGE;
            }
            String v = args.get(++i);
            if (a.equals("--tool")) {
                int eq = v.indexOf('=');
                if (eq <= 0) {
                    ctx.err().println("noodle hosts add: --tool needs <program>=<path there>, not '" + v + "'");
                    return NoodleCli.EXIT_USAGE;
                }
                tools.put(v.substring(0, eq), v.substring(eq + 1));
            } else {
                opt.put(a, v);
            }
        }
        for (String need : List.of("--host", "--user", "--key", "--work")) {
            if (!opt.containsKey(need)) {
                ctx.err().println("noodle hosts add: " + need + " is needed\n" + USAGE);
                return NoodleCli.EXIT_USAGE;
            }
        }
        SshHost h;
        try {
            Path key = ctx.path(opt.get("--key"));
            h = new SshHost(name, opt.get("--host"), Integer.parseInt(opt.getOrDefault("--port", "22")),
                    opt.get("--user"), key, Integer.parseInt(opt.getOrDefault("--slots", "1")), opt.get("--work"), tools);
        } catch (IllegalArgumentException e) {
            ctx.err().println("noodle hosts add: " + io.noodle.core.io.Problems.escape(e.getMessage()));
            return NoodleCli.EXIT_PROBLEM;
        }
        if (!java.nio.file.Files.isReadable(h.key())) {
            ctx.err().println("noodle hosts add: the key file " + h.key() + " cannot be read");
            return NoodleCli.EXIT_PROBLEM;
        }
        store.put(h, replace);
        ctx.out().println("added " + h.name() + " (" + h.address() + ", " + h.slots() + " slot(s)); trust its host key "
                + "with: noodle hosts trust " + h.name());
        return NoodleCli.EXIT_OK;
    }

    private static int remove(List<String> args, HostStore store, CliContext ctx) throws IOException {
        if (args.size() != 1) {
            ctx.err().println(USAGE);
            return NoodleCli.EXIT_USAGE;
        }
        if (!store.remove(args.get(0))) {
            ctx.err().println("noodle hosts: no host named " + args.get(0));
            return NoodleCli.EXIT_PROBLEM;
        }
        ctx.out().println("removed " + args.get(0));
        return NoodleCli.EXIT_OK;
    }

    private static int trust(List<String> args, HostStore store, CliContext ctx) throws IOException {
        if (args.isEmpty() || args.size() == 2 || args.size() > 3 || args.size() == 3 && !args.get(1).equals("--expect")) {
            ctx.err().println(USAGE);
            return NoodleCli.EXIT_USAGE;
        }
        SshHost h = store.read().host(args.get(0));
        if (h == null) {
            ctx.err().println("noodle hosts: no host named " + args.get(0) + " (see noodle hosts list)");
            return NoodleCli.EXIT_PROBLEM;
        }
        KnownHosts known = store.knownHosts();
        PublicKey key = HostCheck.presentedKey(h);
        String fp = KnownHosts.fingerprint(key);
        String pattern = KnownHosts.pattern(h.host(), h.port());
        if (args.size() == 3 && !args.get(2).equals(fp)) {
            ctx.err().println("noodle hosts trust: " + h.name() + " presents " + fp + ", not the expected " + args.get(2)
                    + ": not trusted");
            return NoodleCli.EXIT_PROBLEM;
        }
        String presented = org.apache.sshd.common.config.keys.PublicKeyEntry.toString(key);
        List<String> had = known.keysOf(pattern);
        if (had.contains(presented)) {
            ctx.out().println(h.name() + " (" + pattern + ") is trusted already: " + fp);
            return NoodleCli.EXIT_OK;
        }
        String type = presented.substring(0, presented.indexOf(' '));
        if (had.stream().anyMatch(k -> k.startsWith(type + " "))) {
            ctx.err().println("noodle hosts trust: THE HOST KEY OF " + pattern + " HAS CHANGED (it presents " + fp
                    + "). Not trusted: if the host was reinstalled, check the fingerprint with its administrator, "
                    + "remove its line from " + known.file() + " and trust it again");
            return NoodleCli.EXIT_PROBLEM;
        }
        known.trust(h.host(), h.port(), key);
        ctx.out().println("trusted " + h.name() + " (" + pattern + "): " + fp + " " + type + ", recorded in "
                + known.file());
        return NoodleCli.EXIT_OK;
    }

    /**
     * Asks for the passphrase of a host's key, checks that it opens the key, and keeps it in the secure storage
     * (or forgets it with --remove).
     */
    private static int passphrase(List<String> args, HostStore store, CliContext ctx) throws IOException {
        boolean remove = args.contains("--remove");
        List<String> rest = args.stream().filter(a -> !a.equals("--remove")).toList();
        if (rest.size() != 1) {
            ctx.err().println(USAGE);
            return NoodleCli.EXIT_USAGE;
        }
        SshHost h = store.read().host(rest.get(0));
        if (h == null) {
            ctx.err().println("noodle hosts: no host named " + io.noodle.core.io.Problems.escape(rest.get(0), 80));
            return NoodleCli.EXIT_PROBLEM;
        }
        KeyPassphrases vault = openVault(ctx);
        if (remove) {
            ctx.out().println(vault.remove(h.key()) ? "forgot the passphrase of " + h.key()
                    : "no passphrase was kept for " + h.key());
            return NoodleCli.EXIT_OK;
        }
        char[] pass = ctx.secrets().ask("passphrase of " + h.key() + ": ");
        if (pass == null) {
            ctx.err().println("noodle hosts passphrase: nothing to read the passphrase from. Fix: run it in a terminal");
            return NoodleCli.EXIT_PROBLEM;
        }
        try {
            vault.put(h.key(), pass); // only when it opens the key
        } catch (IOException e) {
            ctx.err().println("noodle hosts passphrase: " + e.getMessage());
            return NoodleCli.EXIT_PROBLEM;
        }
        ctx.out().println("kept the passphrase of " + h.key() + " in " + KeyPassphrases.storageFile()
                + " (encrypted with your master password)");
        return NoodleCli.EXIT_OK;
    }

    /** The secure storage of key passphrases, opened with the master password from the context's secrets. */
    static KeyPassphrases openVault(CliContext ctx) throws IOException {
        char[] master = ctx.secrets().master();
        if (master == null) {
            throw new IOException("the secure storage needs its master password and there is no terminal to ask it on. "
                    + "Fix: set " + KeyPassphrases.MASTER_VARIABLE + " for the run");
        }
        return new KeyPassphrases(master);
    }

    private static int check(List<String> args, HostStore store, CliContext ctx) throws IOException {
        var s = store.read();
        List<SshHost> hosts = new ArrayList<>();
        for (String n : args) {
            SshHost h = s.host(n);
            if (h == null) {
                ctx.err().println("noodle hosts: no host named " + n);
                return NoodleCli.EXIT_PROBLEM;
            }
            hosts.add(h);
        }
        if (args.isEmpty()) {
            hosts.addAll(s.hosts());
        }
        if (hosts.isEmpty()) {
            ctx.err().println("noodle hosts check: no SSH host (add one with: noodle hosts add <name> --host ... )");
            return NoodleCli.EXIT_PROBLEM;
        }
        boolean all = true;
        var known = store.knownHosts();
        var passphrases = RunStudyCommand.passphrases(ctx); // the store opened once, for every host that needs it
        for (SshHost h : hosts) {
            HostCheck.Result r = HostCheck.check(h, known, passphrases);
            ctx.out().println(h.name() + " (" + h.address() + "): " + (r.ok() ? "ready" : "NOT READY"));
            r.lines().forEach(l -> ctx.out().println("  " + l));
            r.problems().forEach(p -> ctx.out().println("  problem: " + p));
            all &= r.ok();
        }
        return all ? NoodleCli.EXIT_OK : NoodleCli.EXIT_PROBLEM;
    }
}
