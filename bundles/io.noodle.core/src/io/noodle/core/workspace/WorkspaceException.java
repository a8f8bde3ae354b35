package io.noodle.core.workspace;

/** A workspace that cannot be used: its message says which folder, why, and what to do. */
public final class WorkspaceException extends Exception {

    private static final long serialVersionUID = 1L;

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }

    public WorkspaceException(String message) {
        super(message);
    }
}
