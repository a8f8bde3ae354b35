package io.noodle.core.workspace;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folder that holds a user's studies (default {@code ~/noodle-workspace}, or {@code -data}). Opening
 * it creates it when needed, proves it is writable, and takes the workspace lease so that a second
 * workbench on the same folder is refused with the holder named.
 */
public final class NoodleWorkspace implements AutoCloseable {

    /** Folder inside the workspace for the workbench's own state; hidden from the Studies navigator. */
    public static final String METADATA = ".metadata";
    static final String LOCK_FILE = "noodle.lock";

    private final Path root;
    private final FileLease lease;

    private NoodleWorkspace(Path root, FileLease lease) {
        this.root = root;
        this.lease = lease;
    }

    /** The default location, {@code ~/noodle-workspace}. */
    public static Path defaultLocation() {
        return Path.of(System.getProperty("user.home"), "noodle-workspace");
    }

    /**
     * Opens (and creates) a workspace and takes its lease.
     *
     * @param folder  the workspace folder
     * @param purpose who holds it, written into the lock file (e.g. "Noodle Workbench")
     * @throws WorkspaceException when the folder cannot be created or written, or is in use
     */
    public static NoodleWorkspace open(Path folder, String purpose) throws WorkspaceException {
        Path root = folder.toAbsolutePath().normalize();
        Path meta = root.resolve(METADATA);
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new WorkspaceException("Cannot use workspace " + root
                    + ": it is a file, not a folder. Choose another workspace with -data <folder>.");
        }
        try {
            Files.createDirectories(meta);
        } catch (FileAlreadyExistsException e) {
            throw new WorkspaceException("Cannot use workspace " + root + ": " + e.getFile()
                    + " is not a folder. Choose another workspace with -data <folder>.", e);
        } catch (IOException e) {
            throw new WorkspaceException("Cannot create workspace " + root + ": " + reason(e)
                    + ". Choose a writable folder with -data <folder>.", e);
        }
        Path probe = meta.resolve(".write-test-" + ProcessHandle.current().pid());
        try {
            Files.writeString(probe, "noodle");
            Files.delete(probe);
        } catch (IOException e) {
            throw new WorkspaceException("Workspace " + root + " is not writable (" + reason(e)
                    + "). Fix its permissions or choose another folder with -data <folder>.", e);
        }
        try {
            FileLease lease = FileLease.acquire(meta.resolve(LOCK_FILE), purpose, "Workspace " + root);
            return new NoodleWorkspace(root, lease);
        } catch (LockHeldException e) {
            throw new WorkspaceException(e.getMessage(), e);
        } catch (IOException e) {
            throw new WorkspaceException("Cannot lock workspace " + root + ": " + reason(e), e);
        }
    }

    private static String reason(IOException e) {
        String cls = e.getClass().getSimpleName().replace("Exception", "");
        String msg = e.getMessage();
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getReason() + " (" + fse.getFile() + ")";
        }
        return msg == null ? cls : cls + ": " + msg;
    }

    public Path root() {
        return root;
    }

    /** @return the holder recorded by a workbench that died holding this workspace, empty if none */
    public String staleHolder() {
        return lease.staleHolder();
    }

    @Override
    public void close() throws IOException {
        lease.close();
    }
}
