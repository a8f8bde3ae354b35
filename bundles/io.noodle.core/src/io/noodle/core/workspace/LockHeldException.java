package io.noodle.core.workspace;

import java.nio.file.Path;

/** Thrown when a lock is held by a live process; names the holder so users know what to close. */
public final class LockHeldException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path lockFile;
    private final String holder;

    public LockHeldException(Path lockFile, String holder, String what) {
        super(what + " is in use by " + (holder.isEmpty() ? "another process" : holder) + " (lock file " + lockFile
                + "). Close that program first, or choose another folder.");
        this.lockFile = lockFile;
        this.holder = holder;
    }

    public Path lockFile() {
        return lockFile;
    }

    /** @return the holder as written in the lock file ({@code pid@host} and what it is doing), maybe empty */
    public String holder() {
        return holder;
    }
}
