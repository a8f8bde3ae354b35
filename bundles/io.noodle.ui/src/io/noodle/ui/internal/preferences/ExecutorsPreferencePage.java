package io.noodle.ui.internal.preferences;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import io.noodle.remote.ssh.HostCheck;
import io.noodle.remote.ssh.HostStore;
import io.noodle.remote.ssh.KnownHosts;
import io.noodle.remote.ssh.SshHost;
import io.noodle.ui.NoodleUi;
import io.noodle.ui.internal.application.NoodleApplication;

/**
 * Preferences > Noodle > Executors: the SSH hosts trials may run on (address, login, key file, slots, work
 * folder there, tool paths there), their host keys trusted by fingerprint and checked, and the Ray cluster's
 * address (empty: the project's local cluster of {@code ./noodle ray up}). The same workspace file
 * {@code ./noodle hosts} edits; it holds no secret (keys stay in their files). Reaching a host happens in jobs.
 */
public final class ExecutorsPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    public static final String ID = "io.noodle.ui.preferences.executors";

    private HostStore store;
    private final List<SshHost> hosts = new ArrayList<>();
    private Table table;
    private Text ray;

    public ExecutorsPreferencePage() {
        setDescription("Where trials may run besides this machine. Choose one in Run Study\u2026 (Noodle menu).");
        noDefaultButton(); // nothing here has a default: an empty list is the default
    }

    @Override
    public void init(IWorkbench workbench) {
        var ws = NoodleApplication.currentWorkspace();
        store = ws == null ? null : new HostStore(ws.root());
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(c);
        Label l = new Label(c, SWT.NONE);
        l.setText("SSH hosts (public-key login only; host keys checked strictly):");
        GridDataFactory.fillDefaults().span(2, 1).applyTo(l);
        table = new Table(c, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setData(NoodleUi.TEST_ID, "executors.hosts");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String[] col : new String[][] { { "Name", "90" }, { "Login", "190" }, { "Slots", "50" },
                { "Work folder there", "160" }, { "Key", "160" } }) {
            TableColumn t = new TableColumn(table, SWT.LEFT);
            t.setText(col[0]);
            t.setWidth(Integer.parseInt(col[1]));
        }
        GridDataFactory.fillDefaults().grab(true, true).hint(560, 140).applyTo(table);
        Composite buttons = new Composite(c, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        button(buttons, "&Add\u2026", "executors.add", () -> edit(null));
        button(buttons, "&Edit\u2026", "executors.edit", () -> {
            if (table.getSelectionIndex() >= 0) {
                edit(hosts.get(table.getSelectionIndex()));
            }
        });
        button(buttons, "&Remove", "executors.remove", () -> {
            if (table.getSelectionIndex() >= 0) {
                hosts.remove(table.getSelectionIndex());
                fill();
            }
        });
        button(buttons, "&Trust Host Key\u2026", "executors.trust", this::trust);
        button(buttons, "&Check", "executors.check", this::check);
        button(buttons, "&Passphrase\u2026", "executors.passphrase", this::passphrase);
        Label r = new Label(c, SWT.NONE);
        r.setText("Ray cluster address (HOST:PORT; empty: the cluster of ./noodle ray up on this machine):");
        GridDataFactory.fillDefaults().span(2, 1).indent(0, 10).applyTo(r);
        ray = new Text(c, SWT.BORDER);
        ray.setData(NoodleUi.TEST_ID, "executors.ray");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(ray);
        new Label(c, SWT.NONE);
        if (store == null) {
            setErrorMessage("No workspace: executors are kept in the workspace");
            return c;
        }
        try {
            var s = store.read();
            hosts.addAll(s.hosts());
            ray.setText(s.rayAddress() == null ? "" : s.rayAddress());
        } catch (IOException e) {
            setErrorMessage(e.getMessage());
        }
        fill();
        return c;
    }

    private static void button(Composite parent, String text, String id, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setData(NoodleUi.TEST_ID, id);
        b.addListener(SWT.Selection, e -> action.run());
        GridDataFactory.fillDefaults().applyTo(b);
    }

    private void fill() {
        table.removeAll();
        for (SshHost h : hosts) {
            new TableItem(table, SWT.NONE).setText(new String[] { h.name(), h.address(), String.valueOf(h.slots()),
                    h.workFolder(), h.key().toString() });
        }
    }

    /** The host dialog: a new host, or the one given changed in place. */
    private void edit(SshHost was) {
        HostDialog d = new HostDialog(getShell(), was);
        if (d.open() != Dialog.OK || d.host == null) {
            return;
        }
        int at = was == null ? -1 : hosts.indexOf(was);
        boolean clash = hosts.stream().anyMatch(h -> h != was && h.name().equals(d.host.name()));
        if (clash) {
            setErrorMessage("A host named " + d.host.name() + " exists already");
            return;
        }
        setErrorMessage(null);
        if (at >= 0) {
            hosts.set(at, d.host);
        } else {
            hosts.add(d.host);
        }
        fill();
    }

    private SshHost selected() {
        int i = table.getSelectionIndex();
        if (i < 0) {
            MessageDialog.openInformation(getShell(), "Executors", "Select a host first.");
            return null;
        }
        return hosts.get(i);
    }

    /** Reads the key the host presents (in a job), shows its fingerprint, and records it when the user agrees. */
    private void trust() {
        SshHost h = selected();
        if (h == null) {
            return;
        }
        Shell shell = getShell();
        KnownHosts known = store.knownHosts();
        Job.create("Reading the host key of " + h.name(), m -> {
            String words;
            java.security.PublicKey key = null;
            try {
                key = HostCheck.presentedKey(h);
                words = h.name() + " (" + KnownHosts.pattern(h.host(), h.port()) + ") presents the key\n\n"
                        + KnownHosts.fingerprint(key) + "\n\nTrust it only if this is the fingerprint the host's "
                        + "administrator gives (ssh-keygen -l -f /etc/ssh/ssh_host_*_key.pub on the host).";
            } catch (IOException e) {
                words = e.getMessage();
            }
            java.security.PublicKey k = key;
            String text = words;
            shell.getDisplay().asyncExec(() -> {
                if (shell.isDisposed()) {
                    return;
                }
                if (k == null) {
                    MessageDialog.openError(shell, "Trust Host Key", text);
                } else if (MessageDialog.openQuestion(shell, "Trust Host Key", text + "\n\nTrust it?")) {
                    try {
                        known.trust(h.host(), h.port(), k);
                    } catch (IOException e) {
                        MessageDialog.openError(shell, "Trust Host Key", e.getMessage());
                    }
                }
            });
            return Status.OK_STATUS;
        }).schedule();
    }

    /** Asks for the passphrase of the selected host's key and keeps it in the secure storage. */
    private void passphrase() {
        SshHost h = selected();
        if (h == null) {
            return;
        }
        Shell shell = getShell();
        char[] p = Passphrases.ask(shell, "Passphrase of " + h.key().getFileName(), "The passphrase of " + h.key()
                + ", the key of " + h.name() + ". It is kept in Eclipse secure storage, encrypted with your master "
                + "password.");
        if (p == null) {
            return;
        }
        Job.create("Keeping the passphrase of " + h.key().getFileName(), m -> {
            String said;
            try {
                Passphrases.keep(shell.getDisplay(), h.key(), p);
                said = null;
            } catch (IOException e) {
                said = e.getMessage();
            }
            String problem = said;
            shell.getDisplay().asyncExec(() -> {
                if (!shell.isDisposed()) {
                    if (problem == null) {
                        MessageDialog.openInformation(shell, "Passphrase", "The passphrase of " + h.key() + " is kept.");
                    } else {
                        MessageDialog.openError(shell, "Passphrase", problem);
                    }
                }
            });
            return Status.OK_STATUS;
        }).schedule();
    }

    /** Checks the selected host as a run will use it (in a job) and says what it found. */
    private void check() {
        SshHost h = selected();
        if (h == null) {
            return;
        }
        Shell shell = getShell();
        Job.create("Checking " + h.name(), m -> {
            HostCheck.Result r = HostCheck.check(h, store.knownHosts(), Passphrases.of(shell.getDisplay()));
            String text = String.join("\n", r.lines()) + (r.ok() ? "" : "\n\nProblems:\n" + String.join("\n",
                    r.problems()));
            shell.getDisplay().asyncExec(() -> {
                if (!shell.isDisposed()) {
                    if (r.ok()) {
                        MessageDialog.openInformation(shell, "Check " + h.name(), h.name() + " is ready.\n\n" + text);
                    } else {
                        MessageDialog.openError(shell, "Check " + h.name(), h.name() + " is not ready.\n\n" + text);
                    }
                }
            });
            return Status.OK_STATUS;
        }).schedule();
    }

    @Override
    public boolean performOk() {
        if (store == null) {
            return true;
        }
        String address = ray.getText().strip();
        if (!address.isEmpty() && !address.matches("[A-Za-z0-9.\\-]+:\\d{1,5}")) {
            setErrorMessage("The Ray address must be HOST:PORT, e.g. 10.0.0.5:6379");
            return false;
        }
        try {
            store.write(new HostStore.Settings(hosts, address.isEmpty() ? null : address));
        } catch (IOException e) {
            setErrorMessage("Cannot save " + store.file() + ": " + e.getMessage());
            return false;
        }
        return true;
    }

    /** The fields of one host, checked as they are typed. */
    private static final class HostDialog extends Dialog {
        private final SshHost was;
        private final Map<String, Text> fields = new LinkedHashMap<>();
        private Label problem;
        SshHost host;

        HostDialog(Shell parent, SshHost was) {
            super(parent);
            this.was = was;
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText(was == null ? "Add SSH Host" : "Edit SSH Host");
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite c = (Composite) super.createDialogArea(parent);
            GridLayoutFactory.swtDefaults().numColumns(2).applyTo(c);
            field(c, "name", "Name:", was == null ? "" : was.name());
            field(c, "host", "Address:", was == null ? "" : was.host());
            field(c, "port", "Port:", was == null ? "22" : String.valueOf(was.port()));
            field(c, "user", "Login:", was == null ? System.getProperty("user.name") : was.user());
            field(c, "key", "Private key file:", was == null ? System.getProperty("user.home") + "/.ssh/id_ecdsa"
                    : was.key().toString());
            field(c, "slots", "Slots (trials at once):", was == null ? "1" : String.valueOf(was.slots()));
            field(c, "work", "Work folder there:", was == null ? "/tmp/noodle-work" : was.workFolder());
            StringBuilder tools = new StringBuilder();
            if (was != null) {
                was.tools().forEach((k, v) -> tools.append(tools.length() == 0 ? "" : ", ").append(k).append('=')
                        .append(v));
            }
            field(c, "tools", "Tools there (name=path, ...):", tools.toString());
            problem = new Label(c, SWT.WRAP);
            GridDataFactory.fillDefaults().span(2, 1).hint(420, SWT.DEFAULT).applyTo(problem);
            return c;
        }

        private void field(Composite c, String key, String label, String value) {
            new Label(c, SWT.NONE).setText(label);
            Text t = new Text(c, SWT.BORDER);
            t.setText(value);
            t.setData(NoodleUi.TEST_ID, "host." + key);
            GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(t);
            fields.put(key, t);
        }

        @Override
        protected void okPressed() {
            try {
                Map<String, String> tools = new LinkedHashMap<>();
                for (String pair : fields.get("tools").getText().split(",")) {
                    if (!pair.isBlank()) {
                        int eq = pair.indexOf('=');
                        if (eq <= 0) {
                            throw new IllegalArgumentException("tools: '" + pair.strip() + "' is not name=path");
                        }
                        tools.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
                    }
                }
                host = new SshHost(fields.get("name").getText().strip(), fields.get("host").getText().strip(),
                        Integer.parseInt(fields.get("port").getText().strip()), fields.get("user").getText().strip(),
                        Path.of(fields.get("key").getText().strip()), Integer.parseInt(fields.get("slots").getText()
                                .strip()), fields.get("work").getText().strip(), tools);
            } catch (IllegalArgumentException e) { // a number that is none, a path that cannot be, a bad field
                problem.setText(e instanceof NumberFormatException ? "Port and slots are whole numbers" : e.getMessage());
                problem.getParent().layout(true);
                return;
            }
            super.okPressed();
        }
    }
}
