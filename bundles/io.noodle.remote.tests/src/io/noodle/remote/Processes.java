package io.noodle.remote;

import java.nio.file.Files;
import java.nio.file.Path;

/** What the tests ask of this machine's processes (the remote workers of the tests run here). */
public final class Processes {

    private Processes() {
    }

    /** Whether a process runs: a zombie (dead, not yet reaped by its new parent) does not. */
    public static boolean running(String pid) {
        String s;
        try {
            s = Files.readString(Path.of("/proc", pid.strip(), "stat"));
        } catch (java.io.IOException gone) {
            return false;
        }
        return s.charAt(s.lastIndexOf(')') + 2) != 'Z';
    }
}
