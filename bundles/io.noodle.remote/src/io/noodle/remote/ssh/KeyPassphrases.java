package io.noodle.remote.ssh;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;

/**
 * The passphrases of SSH keys, kept in Eclipse secure storage (encrypted with a master password of the user's
 * own, never written in clear): one per key file, shared by the workbench and the command line. The storage
 * file is {@code ~/.config/noodle/secure_storage} ({@code $XDG_CONFIG_HOME}; {@code NOODLE_SECURE_STORAGE} or
 * the system property {@code noodle.secureStorage} names another). The master password comes from whoever opens the store: a dialog in the workbench, the
 * terminal or {@code NOODLE_MASTER_PASSWORD} on the command line.
 */
public final class KeyPassphrases {

    /** The variable that gives the master password to a batch run (no terminal to ask on). */
    public static final String MASTER_VARIABLE = "NOODLE_MASTER_PASSWORD";
    private static final String NODE = "io.noodle/ssh-keys";
    private static final String KEY = "passphrase";

    private final ISecurePreferences root;

    /** How a caller opens the store: with a master password it asks for (or reads) only when called. */
    public interface Opener {
        KeyPassphrases open() throws IOException;
    }

    /** The master password {@value #MASTER_VARIABLE} gives, or null when it is not set. */
    public static char[] masterFromEnvironment() {
        String env = System.getenv(MASTER_VARIABLE);
        return env == null || env.isEmpty() ? null : env.toCharArray();
    }

    /**
     * The passphrases of keys, from the store opened the first time a key needs one (once, then kept): a run whose
     * keys have no passphrase never asks for the master password.
     */
    public static SshExecutor.Passphrases whenNeeded(Opener opener) {
        KeyPassphrases[] store = { null };
        return key -> {
            synchronized (store) {
                if (store[0] == null) {
                    store[0] = opener.open();
                }
                return store[0].get(key).orElse(null);
            }
        };
    }

    /**
     * Opens the store with the master password (the first use sets it).
     *
     * @throws IOException when the store cannot be opened
     */
    public KeyPassphrases(char[] master) throws IOException {
        this(storageFile(), master);
    }

    /** Opens the store in {@code file} (for tests). */
    public KeyPassphrases(Path file, char[] master) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        URL url = file.toAbsolutePath().toUri().toURL();
        Map<Object, Object> options = new java.util.HashMap<>();
        options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec(master));
        options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
        try {
            root = SecurePreferencesFactory.open(url, options);
        } catch (IOException | RuntimeException e) {
            throw new IOException("cannot open the secure storage " + file + ": " + e.getMessage(), e);
        }
        if (root == null) {
            throw new IOException("cannot open the secure storage " + file);
        }
    }

    /** The store's file. */
    public static Path storageFile() {
        return io.noodle.core.workspace.Trust.userFile("noodle.secureStorage", "NOODLE_SECURE_STORAGE", "secure_storage");
    }

    /**
     * Remembers the passphrase of {@code key}, encrypted, after checking that it opens the key: a typo is said
     * now, not at the first run.
     *
     * @throws IOException when it does not open the key (nothing is kept then)
     */
    public void put(Path key, char[] passphrase) throws IOException {
        try (var in = Files.newInputStream(key)) {
            var pairs = org.apache.sshd.common.util.security.SecurityUtils.loadKeyPairIdentities(null,
                    org.apache.sshd.common.NamedResource.ofName(key.toString()), in,
                    (session, resource, index) -> new String(passphrase));
            if (pairs == null || !pairs.iterator().hasNext()) {
                throw new IOException(key + " holds no private key");
            }
        } catch (java.security.GeneralSecurityException | IOException | RuntimeException e) {
            throw new IOException("the passphrase does not open " + key + " (" + io.noodle.core.io.Problems.describe(e)
                    + "); nothing was kept. Fix: type the key's passphrase again", e);
        }
        try {
            node(key).put(KEY, new String(passphrase), true);
            root.flush();
        } catch (StorageException e) {
            throw new IOException("cannot store the passphrase of " + key + ": " + e.getMessage(), e);
        }
    }

    /**
     * The passphrase of {@code key}, if one is stored.
     *
     * @throws IOException when the store holds one but the master password does not open it
     */
    public Optional<char[]> get(Path key) throws IOException {
        String name = name(key);
        if (!root.nodeExists(NODE + "/" + name)) {
            return Optional.empty();
        }
        try {
            String p = root.node(NODE).node(name).get(KEY, null);
            return Optional.ofNullable(p).map(String::toCharArray);
        } catch (StorageException e) {
            throw new IOException("the passphrase of " + key + " is stored, but the master password given does not "
                    + "open it. Fix: give the master password it was stored with (" + MASTER_VARIABLE + ")", e);
        }
    }

    /** Forgets the passphrase of {@code key}; whether there was one. */
    public boolean remove(Path key) throws IOException {
        String name = name(key);
        if (!root.nodeExists(NODE + "/" + name)) {
            return false;
        }
        root.node(NODE).node(name).removeNode();
        root.flush();
        return true;
    }

    private ISecurePreferences node(Path key) {
        return root.node(NODE).node(name(key));
    }

    /** A node name for a key file: its absolute path, slashes encoded. */
    private static String name(Path key) {
        return EncodingUtils.encodeSlashes(key.toAbsolutePath().normalize().toString());
    }
}
