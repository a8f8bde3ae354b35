package io.noodle.model.derived;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.noodle.model.Study;

/**
 * Where a study's trials run, as a study, {@code run-study --executor} and the run dialog say it: {@code local}
 * (this machine), {@code ssh} (the workspace's SSH hosts), {@code ray} (its Ray cluster), or several joined by
 * {@code +} ({@code local+ssh}) to share one slot pool.
 */
public final class ExecutorChoice {

    public static final String LOCAL = "local";
    public static final String SSH = "ssh";
    public static final String RAY = "ray";
    private static final List<String> KINDS = List.of(LOCAL, SSH, RAY);

    private ExecutorChoice() {
    }

    /**
     * The executors a choice names, each once, in its order.
     *
     * @throws IllegalArgumentException naming what is wrong and what is accepted
     */
    public static List<String> parse(String choice) {
        if (choice == null || choice.isBlank()) {
            throw new IllegalArgumentException("no executor named: say local, ssh, ray, or several joined by '+'");
        }
        List<String> kinds = new ArrayList<>();
        for (String part : choice.split("\\+", -1)) {
            String k = part.strip().toLowerCase(Locale.ROOT);
            if (!KINDS.contains(k)) {
                throw new IllegalArgumentException("'" + part.strip() + "' is not an executor: say local, ssh, ray, or"
                        + " several joined by '+' (local+ssh)");
            }
            if (kinds.contains(k)) {
                throw new IllegalArgumentException("'" + k + "' is named twice in '" + choice + "'");
            }
            kinds.add(k);
        }
        return List.copyOf(kinds);
    }

    /** The study's own choice, or this machine when it makes none. */
    public static List<String> of(Study study) {
        String e = study.getExecutor();
        return e == null || e.isBlank() ? List.of(LOCAL) : parse(e);
    }
}
