package io.noodle.model.yaml;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.Enumerator;

import io.noodle.model.yaml.YamlNode.Mapping;
import io.noodle.model.yaml.YamlNode.Scalar;
import io.noodle.model.yaml.YamlNode.Sequence;

/**
 * Typed, located access to one YAML mapping during an import: each read marks its key as known; keys
 * nobody read are reported as warnings with their line by {@link #finish()}. Type errors are reported
 * with the value's line and the expected form.
 */
final class Section {

    private final Mapping map;
    private final String path;
    private final ImportReport report;
    private final Set<String> used = new LinkedHashSet<>();

    private Section(Mapping map, String path, ImportReport report) {
        this.map = map;
        this.path = path;
        this.report = report;
    }

    /** A section for a node that must be a mapping; null (with an error) when it is not. */
    static Section of(YamlNode node, String path, ImportReport report) {
        if (node instanceof Mapping m) {
            return new Section(m, path, report);
        }
        report.error(node, path + " must be a mapping of keys to values");
        return null;
    }

    boolean has(String key) {
        return map.entries().containsKey(key);
    }

    /** The keys, in the file's order. */
    List<String> keys() {
        return new ArrayList<>(map.entries().keySet());
    }

    /** A located warning at a key (which counts as read): what a key means here, or what is done instead. */
    void note(String key, String text) {
        used.add(key);
        int[] p = map.keyPositions().get(key);
        report.warning(p == null ? map.line() : p[0], p == null ? map.column() : p[1], where(key) + ": " + text);
    }

    /** The value of a key as text: a single value as written, a list joined by ", ", a mapping as YAML flow. */
    String text(String key) {
        YamlNode n = node(key);
        return n == null ? null : flow(n);
    }

    static String flow(YamlNode n) {
        return switch (n) {
        case Scalar s -> s.kind() == Scalar.Kind.NULL ? "" : s.text();
        case Sequence q -> String.join(", ", q.items().stream().map(Section::flow).toList());
        case Mapping m -> "{" + String.join(", ", m.entries().entrySet().stream().map(e -> e.getKey() + ": "
                + flow(e.getValue())).toList()) + "}";
        };
    }

    /** Marks a key as known without reading it. */
    void accept(String key) {
        used.add(key);
    }

    YamlNode node(String key) {
        used.add(key);
        return map.get(key);
    }

    Section section(String key) {
        YamlNode n = node(key);
        return n == null ? null : of(n, where(key), report);
    }

    String where(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    String string(String key) {
        YamlNode n = node(key);
        if (n == null || n instanceof Scalar s && s.kind() == Scalar.Kind.NULL) {
            return null;
        }
        if (n instanceof Scalar s) {
            return s.text();
        }
        report.error(n, where(key) + " must be a single value, not a " + kind(n));
        return null;
    }

    String requiredString(String key) {
        String s = string(key);
        if (s == null && !has(key)) {
            report.error(map.line(), map.column(), (path.isEmpty() ? "the study" : path) + " needs '" + key + "'");
        }
        return s;
    }

    Integer integer(String key) {
        YamlNode n = node(key);
        if (n == null) {
            return null;
        }
        if (n instanceof Scalar s && (s.kind() == Scalar.Kind.INT || s.kind() == Scalar.Kind.FLOAT)) {
            java.math.BigInteger v = YamlNumbers.toInteger(s.text());
            if (v == null) {
                report.error(n, where(key) + " must be a whole number, not " + describe(n));
                return null;
            }
            if (v.bitLength() > 31) {
                report.error(n, where(key) + " = " + s.text() + " is out of range (at most " + Integer.MAX_VALUE + ")");
                return null;
            }
            return v.intValue();
        }
        report.error(n, where(key) + " must be an integer, not " + describe(n));
        return null;
    }

    Double number(String key) {
        YamlNode n = node(key);
        if (n == null) {
            return null;
        }
        if (n instanceof Scalar s && (s.kind() == Scalar.Kind.INT || s.kind() == Scalar.Kind.FLOAT)) {
            Double v = YamlNumbers.toDouble(s.text());
            if (v != null && Double.isFinite(v)) {
                return v;
            }
            report.error(n, where(key) + " must be a finite number, not " + describe(n));
            return null;
        }
        report.error(n, where(key) + " must be a number, not " + describe(n));
        return null;
    }

    Boolean bool(String key) {
        YamlNode n = node(key);
        if (n == null) {
            return null;
        }
        if (n instanceof Scalar s && s.kind() == Scalar.Kind.BOOL) {
            return Boolean.valueOf(s.text());
        }
        report.error(n, where(key) + " must be true or false, not " + describe(n));
        return null;
    }

    /** A list of single values; a single value is taken as a one-element list. */
    List<String> strings(String key) {
        YamlNode n = node(key);
        List<String> out = new ArrayList<>();
        if (n == null || n instanceof Scalar s && s.kind() == Scalar.Kind.NULL) {
            return out;
        }
        if (n instanceof Scalar s) {
            out.add(s.text());
            return out;
        }
        if (n instanceof Sequence seq) {
            for (YamlNode item : seq.items()) {
                if (item instanceof Scalar s && s.kind() != Scalar.Kind.NULL) {
                    out.add(s.text());
                } else {
                    report.error(item, where(key) + " items must be single values, not " + describe(item));
                }
            }
            return out;
        }
        report.error(n, where(key) + " must be a list, not a mapping");
        return out;
    }

    /** Calls {@code each} with every mapping of a list. */
    void sections(String key, Consumer<Section> each) {
        YamlNode n = node(key);
        if (n == null || n instanceof Scalar s && s.kind() == Scalar.Kind.NULL) {
            return;
        }
        if (!(n instanceof Sequence seq)) {
            report.error(n, where(key) + " must be a list");
            return;
        }
        for (int i = 0; i < seq.items().size(); i++) {
            Section s = of(seq.items().get(i), where(key) + "[" + i + "]", report);
            if (s != null) {
                each.accept(s);
                s.finish();
            }
        }
    }

    /** Where trials run ({@code local}, {@code ssh}, {@code ray} or several joined by '+'), normalized; located error when it is none. */
    String executor(String key) {
        String s = string(key);
        if (s == null) {
            return null;
        }
        try {
            return String.join("+", io.noodle.model.derived.ExecutorChoice.parse(s));
        } catch (IllegalArgumentException e) {
            report.error(map.get(key), where(key) + ": " + io.noodle.core.io.Problems.escape(e.getMessage(), 200));
            return null;
        }
    }

    /** An enum literal (case-insensitive, '-' read as '_'); reports the allowed values when it is none. */
    <E extends Enum<E> & Enumerator> E literal(String key, Class<E> type) {
        String s = string(key);
        if (s == null) {
            return null;
        }
        String want = s.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.getLiteral().equals(want)) {
                return e;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            allowed.add(e.getLiteral());
        }
        report.error(map.get(key), where(key) + " = '" + s + "' is not one of " + String.join(", ", allowed));
        return null;
    }

    <E extends Enum<E> & Enumerator> List<E> literals(String key, Class<E> type) {
        List<E> out = new ArrayList<>();
        YamlNode n = map.get(key);
        for (String s : strings(key)) {
            E found = null;
            for (E e : type.getEnumConstants()) {
                if (e.getLiteral().equals(s.strip().toLowerCase(Locale.ROOT).replace('-', '_'))) {
                    found = e;
                }
            }
            if (found == null) {
                List<String> allowed = new ArrayList<>();
                for (E e : type.getEnumConstants()) {
                    allowed.add(e.getLiteral());
                }
                report.error(n, where(key) + " holds '" + s + "', which is not one of " + String.join(", ", allowed));
            } else if (!out.contains(found)) {
                out.add(found);
            }
        }
        return out;
    }

    /** Reports every key that no reader asked for. */
    void finish() {
        for (String key : map.entries().keySet()) {
            if (!used.contains(key)) {
                int[] p = map.keyPositions().get(key);
                report.warning(p == null ? map.line() : p[0], p == null ? map.column() : p[1],
                        "unknown key '" + where(key) + "' ignored");
            }
        }
    }

    int line() {
        return map.line();
    }

    private static String kind(YamlNode n) {
        return n instanceof Mapping ? "mapping" : n instanceof Sequence ? "list" : "value";
    }

    private static String describe(YamlNode n) {
        if (n instanceof Scalar s) {
            return s.kind() == Scalar.Kind.NULL ? "empty" : "'" + io.noodle.core.io.Problems.escape(s.text(), 80) + "'";
        }
        return "a " + kind(n);
    }
}
