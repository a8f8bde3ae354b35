package io.noodle.core.toolchain;

import java.nio.file.Path;

/**
 * The outcome of checking one {@link Tool}.
 *
 * @param tool    the tool checked
 * @param state   found, missing, or found but not working
 * @param path    the executable found, or null when missing
 * @param version the version it reported, or null when it could not be read
 * @param detail  what went wrong (or how the version was read), for people; never null
 */
public record ToolStatus(Tool tool, State state, Path path, String version, String detail) {

    public enum State {
        /** found and reported its version */
        FOUND,
        /** not found on the search path */
        MISSING,
        /** found, but it failed, hung or printed no version */
        BROKEN
    }

    /** @return true when this status keeps the local flow from running */
    public boolean blocksFlow() {
        return tool.required() && state != State.FOUND;
    }

    /** @return the install hint when the tool is not usable, otherwise an empty string */
    public String hint() {
        return state == State.FOUND ? "" : tool.installHint();
    }
}
