package io.noodle.remote.ssh;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.sshd.client.keyverifier.ServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;

/**
 * Strict host-key checking against a known_hosts file of OpenSSH's plain format ({@code host key-type base64}
 * for port 22, {@code [host]:port key-type base64} otherwise; hashed names are not written here). A host
 * whose key is not in the file is refused, its fingerprint given with the command that trusts it; a host whose
 * key differs from the one recorded is refused loudly: someone may be in the middle. Nothing is ever trusted
 * silently.
 */
public final class KnownHosts implements ServerKeyVerifier {

    private final Path file;
    /** Why the last connection to each host was refused, for the error its caller gives. */
    private final Map<String, String> refusals = new ConcurrentHashMap<>();

    public KnownHosts(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** How a host and port are named in the file. */
    public static String pattern(String host, int port) {
        return port == 22 ? host : "[" + host + "]:" + port;
    }

    /** {@code SHA256:…} of a key, as {@code ssh-keygen -l} prints it. */
    public static String fingerprint(PublicKey key) {
        return KeyUtils.getFingerPrint(key);
    }

    @Override
    public boolean verifyServerKey(ClientSession session, SocketAddress remote, PublicKey key) {
        String host = session.getConnectAddress() instanceof InetSocketAddress a ? a.getHostString()
                : remote instanceof InetSocketAddress r ? r.getHostString() : String.valueOf(remote);
        int port = session.getConnectAddress() instanceof InetSocketAddress a ? a.getPort()
                : remote instanceof InetSocketAddress r ? r.getPort() : 22;
        String name = pattern(host, port);
        String presented = PublicKeyEntry.toString(key);
        List<String> known;
        try {
            known = keysOf(name);
        } catch (IOException e) {
            refusals.put(name, "cannot read the known hosts file " + file + ": " + e.getMessage());
            return false;
        }
        if (known.contains(presented)) {
            refusals.remove(name);
            return true;
        }
        String type = presented.substring(0, presented.indexOf(' '));
        if (known.stream().anyMatch(k -> k.startsWith(type + " "))) {
            refusals.put(name, "THE HOST KEY OF " + name + " HAS CHANGED: it now presents " + fingerprint(key) + " ("
                    + type + "), not the key recorded in " + file + ". Someone may be intercepting the connection. If "
                    + "the host was reinstalled, check the new fingerprint with its administrator, remove the old line "
                    + "for " + name + " from " + file + " and trust the host again");
        } else {
            refusals.put(name, "the host key of " + name + " is not known: it presents " + fingerprint(key) + " (" + type
                    + "). If that is the host's key, trust it with: ./noodle hosts trust <host name>");
        }
        return false;
    }

    /** Why the last connection to {@code host:port} was refused, or null when it was not. */
    public String refusal(String host, int port) {
        return refusals.get(pattern(host, port));
    }

    /** The keys ({@code type base64}) recorded for a host pattern. */
    public List<String> keysOf(String name) throws IOException {
        List<String> out = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] f = t.split("\\s+");
            if (f.length < 3) {
                continue;
            }
            for (String n : f[0].split(",")) {
                if (n.equals(name)) {
                    out.add(f[1] + " " + f[2]);
                }
            }
        }
        return out;
    }

    /** Records a host's key (the user chose to trust it); the folder and file are made when missing. */
    public void trust(String host, int port, PublicKey key) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        String line = pattern(host, port) + " " + PublicKeyEntry.toString(key) + "\n";
        Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        refusals.remove(pattern(host, port));
    }
}
