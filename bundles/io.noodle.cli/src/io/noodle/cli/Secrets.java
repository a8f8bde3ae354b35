package io.noodle.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import io.noodle.remote.ssh.KeyPassphrases;

/**
 * Where a command gets secrets: the master password of the secure storage and a key's passphrase. Never from
 * the command line (it would show in the process list and the shell's history).
 */
public interface Secrets {

    /** The master password of the secure storage, or null when there is no way to ask for it. */
    char[] master() throws IOException;

    /** A secret typed by the user after {@code prompt}, or null when there is no way to ask. */
    char[] ask(String prompt) throws IOException;

    /**
     * The terminal: the master password from {@code NOODLE_MASTER_PASSWORD} or asked without echo; other secrets
     * asked without echo, or read as one line from standard input when it is not a terminal (a script).
     */
    Secrets TERMINAL = new Secrets() {
        @Override
        public char[] master() {
            char[] given = KeyPassphrases.masterFromEnvironment();
            if (given != null) {
                return given;
            }
            Console c = System.console();
            return c == null ? null : c.readPassword("master password of the secure storage (%s): ",
                    KeyPassphrases.storageFile());
        }

        @Override
        public char[] ask(String prompt) throws IOException {
            Console c = System.console();
            if (c != null) {
                return c.readPassword("%s", prompt);
            }
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? null : line.toCharArray();
        }
    };
}
