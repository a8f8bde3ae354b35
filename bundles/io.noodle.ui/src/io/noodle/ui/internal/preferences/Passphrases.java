package io.noodle.ui.internal.preferences;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import io.noodle.remote.ssh.KeyPassphrases;
import io.noodle.remote.ssh.SshExecutor;

/**
 * The workbench's access to the passphrases of SSH keys (kept in Eclipse secure storage by
 * {@link KeyPassphrases}): the master password is asked once per session, in a dialog, the first time a key
 * needs its passphrase ({@code NOODLE_MASTER_PASSWORD} answers instead when it is set).
 */
public final class Passphrases {

    private static char[] master;

    private Passphrases() {
    }

    /** The passphrases for an executor's connections, asked on {@code display} when needed (from any thread). */
    public static SshExecutor.Passphrases of(Display display) {
        return KeyPassphrases.whenNeeded(() -> vault(display));
    }

    /** The store, opened with the master password (asked for when not known yet). */
    public static synchronized KeyPassphrases vault(Display display) throws IOException {
        if (master == null) {
            char[][] typed = { KeyPassphrases.masterFromEnvironment() };
            if (typed[0] == null) {
                display.syncExec(() -> typed[0] = ask(display.getActiveShell(), "Secure Storage",
                        "The master password of the secure storage that keeps the passphrases of SSH keys ("
                                + KeyPassphrases.storageFile() + "). The first one given sets it."));
            }
            if (typed[0] == null) {
                throw new IOException("no master password was given: the passphrases of SSH keys stay locked");
            }
            KeyPassphrases v = new KeyPassphrases(typed[0]);
            master = typed[0];
            return v;
        }
        return new KeyPassphrases(master);
    }

    /** Forgets the master password given this session (it was wrong, or the user asked). */
    public static synchronized void forget() {
        master = null;
    }

    /** Asks for a secret in a dialog whose field hides what is typed; null when cancelled. */
    public static char[] ask(Shell shell, String title, String message) {
        InputDialog d = new InputDialog(shell, title, message, "", null) {
            @Override
            protected int getInputTextStyle() {
                return SWT.SINGLE | SWT.BORDER | SWT.PASSWORD;
            }
        };
        return d.open() == Window.OK ? d.getValue().toCharArray() : null;
    }

    /** Keeps the passphrase of {@code key} after checking that it opens the key. */
    public static void keep(Display display, Path key, char[] passphrase) throws IOException {
        vault(display).put(key, passphrase);
    }
}
