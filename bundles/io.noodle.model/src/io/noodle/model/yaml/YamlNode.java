package io.noodle.model.yaml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML value with the line and column it starts at (1-based), so every message can point at it. */
public sealed interface YamlNode {

    int line();

    int column();

    /** A mapping; keys keep their order and their own positions. */
    record Mapping(Map<String, YamlNode> entries, Map<String, int[]> keyPositions, int line, int column)
            implements YamlNode {
        public Mapping {
            entries = new LinkedHashMap<>(entries);
        }

        public YamlNode get(String key) {
            return entries.get(key);
        }

        /** Line of a key (its own position, not its value's). */
        public int keyLine(String key) {
            int[] p = keyPositions.get(key);
            return p == null ? line : p[0];
        }
    }

    /** A sequence. */
    record Sequence(List<YamlNode> items, int line, int column) implements YamlNode {
    }

    /** A scalar: its text, and whether YAML typed it as a number, boolean or null. */
    record Scalar(String text, Kind kind, int line, int column) implements YamlNode {
        public enum Kind {
            STRING, INT, FLOAT, BOOL, NULL
        }
    }
}
