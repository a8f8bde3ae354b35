package io.noodle.model.yaml;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** Reads YAML into {@link YamlNode}s that remember where each value stands, with Jackson's YAML parser. */
public final class YamlReader {

    private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

    private YamlReader() {
    }

    /** A YAML document that cannot be parsed, with the line and column where the parser stopped. */
    public static final class YamlSyntaxException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;

        YamlSyntaxException(String message, int line, int column, Throwable cause) {
            super(message, cause);
            this.line = line;
            this.column = column;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    /** Parses one YAML document. */
    public static YamlNode read(Reader in) throws IOException, YamlSyntaxException {
        try (JsonParser p = FACTORY.createParser(in)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return new YamlNode.Mapping(Map.of(), Map.of(), 1, 1);
            }
            YamlNode root = value(p, 0);
            if (p.nextToken() != null) { // a second document after '---' would be silently dropped
                throw new JsonProcessingException("a second YAML document starts here; a study file holds one "
                        + "document (remove the '---' and what follows, or put it in a file of its own)",
                        p.currentTokenLocation()) {
                    private static final long serialVersionUID = 1L;
                };
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String msg = e.getOriginalMessage();
            int nl = msg == null ? -1 : msg.indexOf('\n');
            String first = msg == null ? "malformed YAML" : (nl > 0 ? msg.substring(0, nl) : msg).strip();
            return rethrow(first, loc, e);
        }
    }

    private static YamlNode rethrow(String message, JsonLocation loc, Exception e) throws YamlSyntaxException {
        int line = loc == null ? 0 : loc.getLineNr();
        int col = loc == null ? 0 : loc.getColumnNr();
        throw new YamlSyntaxException(message, line, col, e);
    }

    /**
     * Refuses control characters other than tab, line feed and carriage return (a study is text; XML, which
     * the study file is saved as, cannot hold them either), and unpaired surrogates.
     */
    private static void checkText(String text, JsonLocation at) throws JsonProcessingException {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r';
            boolean badSurrogate = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)) && ++i > 0);
            if (control || badSurrogate || c == '\uFFFE' || c == '\uFFFF') {
                throw new JsonProcessingException(String.format("the value holds the control character U+%04X, which "
                        + "a study cannot hold; remove it", (int) c), at) {
                    private static final long serialVersionUID = 1L;
                };
            }
        }
    }

    /** How deeply mappings and lists may nest in a study file (a study needs 6 levels). */
    public static final int MAX_DEPTH = 64;

    private static YamlNode value(JsonParser p, int depth) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        if (depth > MAX_DEPTH) {
            throw new JsonProcessingException("mappings and lists nest more than " + MAX_DEPTH + " levels deep here; "
                    + "a study file needs a few", at) {
                private static final long serialVersionUID = 1L;
            };
        }
        int line = at.getLineNr();
        int col = at.getColumnNr();
        JsonToken t = p.currentToken();
        switch (t) {
        case START_OBJECT -> {
            Map<String, YamlNode> entries = new LinkedHashMap<>();
            Map<String, int[]> keys = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonLocation kl = p.currentTokenLocation();
                checkText(key, kl);
                if ("<<".equals(key)) {
                    throw new JsonProcessingException("a YAML merge key (<<) is not read here; write the keys it "
                            + "would merge out in full", kl) {
                        private static final long serialVersionUID = 1L;
                    };
                }
                p.nextToken();
                YamlNode v = value(p, depth + 1);
                if (entries.containsKey(key)) {
                    throw new JsonProcessingException("duplicate key '" + key + "'", kl) {
                        private static final long serialVersionUID = 1L;
                    };
                }
                entries.put(key, v);
                keys.put(key, new int[] { kl.getLineNr(), kl.getColumnNr() });
            }
            return new YamlNode.Mapping(entries, keys, line, col);
        }
        case START_ARRAY -> {
            List<YamlNode> items = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                items.add(value(p, depth + 1));
            }
            return new YamlNode.Sequence(items, line, col);
        }
        case VALUE_NUMBER_INT -> {
            return new YamlNode.Scalar(p.getText(), YamlNode.Scalar.Kind.INT, line, col);
        }
        case VALUE_NUMBER_FLOAT -> {
            return new YamlNode.Scalar(p.getText(), YamlNode.Scalar.Kind.FLOAT, line, col);
        }
        case VALUE_TRUE, VALUE_FALSE -> {
            return new YamlNode.Scalar(p.getText(), YamlNode.Scalar.Kind.BOOL, line, col);
        }
        case VALUE_NULL -> {
            return new YamlNode.Scalar(null, YamlNode.Scalar.Kind.NULL, line, col);
        }
        default -> {
            checkText(p.getText(), at);
            return new YamlNode.Scalar(p.getText(), YamlNode.Scalar.Kind.STRING, line, col);
        }
        }
    }
}
