package io.noodle.model.derived;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.noodle.model.Case;
import io.noodle.model.Study;

/**
 * Deterministic case names {@code <base>_<stageIndex>_<derivedIndex>} (e.g. {@code mac8_base_1_3}) and
 * their parsing. The base case is named {@code <base>} itself.
 */
public final class CaseNames {

    /** Names of studies, stages, ECOs and base cases: safe as file names and in tool scripts. */
    public static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,127}");

    /** {@link #SAFE_NAME} in words, for messages: "names may hold ...". */
    public static final String SAFE_NAME_RULE = "letters, digits, '_', '.' and '-' only, starting with a letter or "
            + "digit, at most 128 characters";

    /** Whether a name is present and safe ({@link #SAFE_NAME}). */
    public static boolean isSafe(String name) {
        return name != null && SAFE_NAME.matcher(name).matches();
    }

    private static final Pattern TAIL = Pattern.compile("_(\\d+)_(\\d+)$");

    /** A parsed case name. */
    public record Parsed(String base, int stageIndex, int derivedIndex) {
        public boolean isBase() {
            return stageIndex < 0;
        }
    }

    private CaseNames() {
    }

    /** The name of the {@code derivedIndex}-th case derived by stage {@code stageIndex}. */
    public static String name(String base, int stageIndex, int derivedIndex) {
        if (stageIndex < 0 || derivedIndex < 0) {
            throw new IllegalArgumentException("indices must not be negative: " + stageIndex + ", " + derivedIndex);
        }
        return base + "_" + stageIndex + "_" + derivedIndex;
    }

    /**
     * Parses a case name against the study's base case name; a name that is neither the base nor
     * {@code <base>_<i>_<j>} gives empty.
     */
    public static Optional<Parsed> parse(String name, String base) {
        if (name == null || base == null) {
            return Optional.empty();
        }
        if (name.equals(base)) {
            return Optional.of(new Parsed(base, -1, -1));
        }
        int b = base.length();
        if (name.length() < b + 4 || !name.startsWith(base) || name.charAt(b) != '_') {
            return Optional.empty();
        }
        // "<base>_<i>_<j>": parsed by hand, this runs for every case on load and validation
        int sep = name.indexOf('_', b + 1);
        if (sep < 0) {
            return Optional.empty();
        }
        int stage = digits(name, b + 1, sep);
        int index = digits(name, sep + 1, name.length());
        return stage < 0 || index < 0 ? Optional.empty() : Optional.of(new Parsed(base, stage, index));
    }

    /** The non-negative number written in {@code s[from, to)}, or -1 when it is not one. */
    private static int digits(String s, int from, int to) {
        if (from >= to || to - from > 9) {
            return -1;
        }
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** Parses without knowing the base: the last two numeric segments. */
    public static Optional<Parsed> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        Matcher m = TAIL.matcher(name);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Parsed(name.substring(0, m.start()), Integer.parseInt(m.group(1)),
                    Integer.parseInt(m.group(2))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Parsed> parsedOf(Case c) {
        Study s = Ecos.studyOf(c);
        return s != null ? parse(c.getName(), s.getBaseCaseName()) : parse(c.getName());
    }

    public static int stageIndexOf(Case c) {
        return parsedOf(c).map(Parsed::stageIndex).orElse(-1);
    }

    public static int derivedIndexOf(Case c) {
        return parsedOf(c).map(Parsed::derivedIndex).orElse(-1);
    }
}
