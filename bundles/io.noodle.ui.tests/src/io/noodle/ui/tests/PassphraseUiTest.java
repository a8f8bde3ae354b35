package io.noodle.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.noodle.remote.ssh.HostStore;
import io.noodle.remote.ssh.KeyPassphrases;
import io.noodle.remote.ssh.LoopbackSshd;
import io.noodle.remote.ssh.SshHost;
import io.noodle.testing.ui.Input;
import io.noodle.testing.ui.UiThread;
import io.noodle.testing.ui.Wait;
import io.noodle.testing.ui.Widgets;
import io.noodle.ui.NoodleUi;
import io.noodle.ui.internal.application.NoodleApplication;

/**
 * Preferences > Noodle > Executors > Passphrase…: the passphrase of a host's key typed in a hidden field, the master
 * password of the secure storage asked once, the passphrase kept encrypted; Check then logs in with it.
 */
@ExtendWith(WorkbenchExtension.class)
class PassphraseUiTest {

    private static Shell showing(String title) {
        return Arrays.stream(UiThread.display().getShells()).filter(s -> !s.isDisposed() && s.isVisible()
                && title.equals(s.getText())).findFirst().orElse(null);
    }

    private static void awaitShell(String title) {
        Wait.until("the dialog '" + title + "'", Workbench.TIMEOUT, () -> UiThread.call(() -> showing(title) != null));
        UiThread.run(() -> showing(title).forceActive());
        Wait.until("'" + title + "' active", Workbench.TIMEOUT, () -> UiThread.call(
                () -> UiThread.display().getActiveShell() == showing(title)));
    }

    @Test
    void aPassphraseTypedInThePreferencesIsKeptEncryptedAndOpensTheKey() throws Exception {
        Path root = NoodleApplication.currentWorkspace().root();
        Workbench.awaitFirstStart();
        Path scratch = Files.createTempDirectory("noodle-passphrase-ui");
        HostStore store = new HostStore(root);
        var before = store.read();
        try (LoopbackSshd sshd = new LoopbackSshd(scratch.resolve("sshd"), null)) {
            Path key = scratch.resolve("locked_key");
            Files.copy(sshd.userKey, key);
            assertEquals(0, new ProcessBuilder("ssh-keygen", "-q", "-p", "-P", "", "-N", "ui phrase", "-f",
                    key.toString()).start().waitFor());
            SshHost plain = sshd.host("locked", 1, scratch.resolve("work"));
            store.write(new HostStore.Settings(List.of(new SshHost(plain.name(), plain.host(), plain.port(), plain.user(),
                    key, 1, plain.workFolder(), plain.tools())), null));
            store.knownHosts().trust("127.0.0.1", sshd.port, sshd.hostKey());

            var dialog = Workbench.openPreferences(io.noodle.ui.internal.preferences.ExecutorsPreferencePage.ID);
            Table hosts = UiThread.call(() -> Widgets.visibleByTestId(Table.class, NoodleUi.TEST_ID, "executors.hosts"));
            UiThread.run(() -> hosts.select(0));
            Button passphrase = UiThread.call(() -> Widgets.visibleByTestId(Button.class, NoodleUi.TEST_ID,
                    "executors.passphrase"));
            UiThread.run(passphrase::setFocus);
            Wait.until("Passphrase… focused", Workbench.TIMEOUT, () -> UiThread.call(passphrase::isFocusControl));
            Input.key(0, ' ', ' ');
            awaitShell("Passphrase of locked_key");
            Input.type("ui phrase");
            UiThread.run(() -> { // the field shows dots, not the phrase
                try {
                    io.noodle.testing.ui.Screenshots.save(showing("Passphrase of locked_key"),
                            Path.of("target/screenshots/passphrase-dialog.png"));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            Input.key(0, SWT.CR, '\r');
            awaitShell("Secure Storage");
            Input.type("master of ui");
            Input.key(0, SWT.CR, '\r');
            awaitShell("Passphrase");
            assertTrue(UiThread.call(() -> Widgets.all(showing("Passphrase"), org.eclipse.swt.widgets.Label.class,
                    l -> l.getText().contains("is kept")).size() == 1), "the passphrase is kept");
            Input.key(0, SWT.CR, '\r');
            Wait.until("the message closed", Workbench.TIMEOUT, () -> UiThread.call(() -> showing("Passphrase") == null));

            String stored = Files.readString(KeyPassphrases.storageFile());
            assertTrue(!stored.contains("ui phrase"), "encrypted, never in clear");
            assertEquals("ui phrase", new String(new KeyPassphrases("master of ui".toCharArray()).get(key).orElseThrow()));

            // Check logs in with it (the master password is not asked again this session)
            Button check = UiThread.call(() -> Widgets.visibleByTestId(Button.class, NoodleUi.TEST_ID, "executors.check"));
            Wait.until("Check focused in the preferences", Workbench.TIMEOUT, () -> UiThread.call(() -> {
                dialog.getShell().forceActive();
                check.setFocus();
                return check.isFocusControl();
            }));
            Input.key(0, ' ', ' ');
            awaitShell("Check locked");
            assertTrue(UiThread.call(() -> Widgets.all(showing("Check locked"), org.eclipse.swt.widgets.Label.class,
                    l -> l.getText().startsWith("locked is ready.")).size() == 1), "the host is ready");
            Input.key(0, SWT.CR, '\r');
            UiThread.run(dialog::close);
        } finally {
            // a failure must not leave a dialog open over the next tests
            UiThread.run(() -> Arrays.stream(UiThread.display().getShells()).filter(sh -> !sh.isDisposed() && List.of(
                    "Passphrase of locked_key", "Secure Storage", "Passphrase", "Check locked").contains(sh.getText()))
                    .forEach(Shell::close));
            store.write(before);
            io.noodle.ui.internal.preferences.Passphrases.forget();
        }
    }
}
