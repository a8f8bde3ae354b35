package io.noodle.remote.ssh;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A build host trials run on over SSH: where it is, who logs in with which key, how many trials it runs at
 * once, the folder trials work in there (never a path of this machine), and where its tools are when not on
 * its {@code PATH} (program name → path there).
 */
public record SshHost(String name, String host, int port, String user, Path key, int slots, String workFolder,
        Map<String, String> tools) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.:-]{0,252}");
    private static final Pattern USER = Pattern.compile("[a-z_][a-z0-9_.-]{0,31}");
    private static final Pattern TOOL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]{0,63}");

    public SshHost {
        tools = tools == null ? Map.of() : Map.copyOf(new TreeMap<>(tools));
        String problem = problem(name, host, port, user, key, slots, workFolder, tools);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** What is wrong with these settings (the first thing), or null. */
    static String problem(String name, String host, int port, String user, Path key, int slots, String workFolder,
            Map<String, String> tools) {
        if (name == null || !NAME.matcher(name).matches()) {
            return "host name '" + name + "' must be 1-64 letters, digits, '.', '_' or '-'";
        }
        if (host == null || !HOST.matcher(host).matches()) {
            return "host " + name + ": address '" + host + "' is not a host name or IP address";
        }
        if (port < 1 || port > 65535) {
            return "host " + name + ": port " + port + " is not between 1 and 65535";
        }
        if (user == null || !USER.matcher(user).matches()) {
            return "host " + name + ": user '" + user + "' is not a login name";
        }
        if (key == null) {
            return "host " + name + ": a private key file is needed (public-key authentication only)";
        }
        if (slots < 1 || slots > 4096) {
            return "host " + name + ": slots must be between 1 and 4096, not " + slots;
        }
        String p = remotePathProblem(workFolder);
        if (p != null) {
            return "host " + name + ": work folder " + p;
        }
        for (var t : tools.entrySet()) {
            if (!TOOL.matcher(t.getKey()).matches()) {
                return "host " + name + ": '" + t.getKey() + "' is not a program name";
            }
            p = remotePathProblem(t.getValue());
            if (p != null) {
                return "host " + name + ": tool " + t.getKey() + " " + p;
            }
        }
        return null;
    }

    /** Why a path on the remote host cannot be used, or null: absolute, no control characters, no "..". */
    static String remotePathProblem(String p) {
        if (p == null || !p.startsWith("/")) {
            return "'" + p + "' must be an absolute path";
        }
        if (p.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "'" + p.replaceAll("\\p{Cntrl}", "?") + "' holds a control character";
        }
        for (String part : p.split("/")) {
            if (part.equals("..")) {
                return "'" + p + "' must not climb with '..'";
            }
        }
        if (p.equals("/")) {
            return "'/' is the whole file system: give a folder of its own";
        }
        return null;
    }

    /** {@code user@host:port}. */
    public String address() {
        return user + "@" + host + ":" + port;
    }

    /** The program to run there for a local one: the configured path for its name, else the name itself. */
    public String program(String local) {
        String base = local.substring(local.lastIndexOf('/') + 1);
        return tools.getOrDefault(base, local);
    }
}
