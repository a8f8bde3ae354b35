package io.noodle.model.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.noodle.core.io.Problems;
import io.noodle.model.Case;
import io.noodle.model.EcoDefinition;
import io.noodle.model.Stage;
import io.noodle.model.Study;
import io.noodle.model.derived.CaseNames;

/**
 * The one place where the names of a study that become path components (study, base case, stage, ECO and
 * case names: run folders, trial folders, approval files, tool arguments) are checked, when a study is loaded
 * and before anything is written. A name that could leave its folder ({@code ../x}, {@code /tmp/x}) or carry
 * a control character never reaches a path.
 */
public final class StudyNames {

    private StudyNames() {
    }

    /** An unsafe name: what it names and the name itself. */
    public record Unsafe(String what, String name) {
        public String message() {
            return what + " name '" + Problems.escape(name, 200) + "' cannot be used: names become file and folder "
                    + "names, so they may hold " + CaseNames.SAFE_NAME_RULE + ". Fix: rename it";
        }
    }

    /** The first unsafe name of the study, or null when every name is safe. */
    public static Unsafe firstUnsafe(Study study) {
        if (!safe(study.getName())) {
            return new Unsafe("the study", study.getName());
        }
        if (!safe(study.getBaseCaseName())) {
            return new Unsafe("the base case", study.getBaseCaseName());
        }
        for (Stage st : study.getStages()) {
            if (!safe(st.getName())) {
                return new Unsafe("a stage", st.getName());
            }
        }
        for (EcoDefinition e : study.getEcos()) {
            if (!safe(e.getName())) {
                return new Unsafe("an ECO", e.getName());
            }
        }
        for (Case c : study.getCases()) {
            if (!safe(c.getName())) {
                return new Unsafe("a case", c.getName());
            }
        }
        return null;
    }

    /** A missing name is the structural validation's to report; a present one must be safe. */
    private static boolean safe(String name) {
        return name == null || CaseNames.isSafe(name);
    }

    /**
     * Refuses a study with an unsafe name, naming the file and the line where the name stands (found by
     * searching the file for the attribute's value; 0 when it cannot be found).
     */
    static void check(Study study, Path file) throws StudyLoadException {
        Unsafe u = firstUnsafe(study);
        if (u != null) {
            throw new StudyLoadException(file, lineOf(file, u.name()), 0, u.message(), null);
        }
    }

    private static int lineOf(Path file, String name) {
        String needle = "\"" + xmlEscaped(name) + "\"";
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            List<String> all = lines.limit(1_000_000).toList();
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).contains(needle)) {
                    return i + 1;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the location is a help, not a requirement
        }
        return 0;
    }

    private static String xmlEscaped(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
