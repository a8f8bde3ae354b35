package io.noodle.eda.parse;

/**
 * A whitespace tokenizer over a whole file held in memory, tracking line numbers, for LEF and DEF. Quoted
 * strings are one token; {@code #} starts a comment to the end of the line.
 */
final class Tokens {

    private final String file;
    private final byte[] b;
    private int pos;
    private int line = 1;
    private int tokenLine = 1;

    Tokens(String file, byte[] bytes) {
        this.file = file;
        this.b = bytes;
    }

    /** How many bytes of the file are left to read. */
    int remaining() {
        return b.length - pos;
    }

    /** The next token, or null at the end of the file. */
    String next() {
        int n = b.length;
        while (pos < n) {
            byte c = b[pos];
            if (c == '\n') {
                line++;
                pos++;
            } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
                pos++;
            } else if (c == '#') {
                while (pos < n && b[pos] != '\n') {
                    pos++;
                }
            } else {
                break;
            }
        }
        if (pos >= n) {
            return null;
        }
        tokenLine = line;
        int start = pos;
        if (b[pos] == '"') {
            pos++;
            while (pos < n && b[pos] != '"' && b[pos] != '\n') {
                pos++;
            }
            pos = Math.min(n, pos + 1);
            return new String(b, start, pos - start, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        while (pos < n && (b[pos] & 0xff) > ' ') { // bytes above 0x7f are part of a token
            pos++;
        }
        return new String(b, start, pos - start, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** The next token, which must exist. */
    String require(String what) throws ParseFailure {
        String t = next();
        if (t == null) {
            throw new ParseFailure(file, line, "the file ends where " + what + " was expected");
        }
        return t;
    }

    void expect(String token) throws ParseFailure {
        String t = require("'" + token + "'");
        if (!t.equals(token)) {
            throw fail("expected '" + token + "', found '" + Text.clip(t) + "'");
        }
    }

    double number(String what) throws ParseFailure {
        String t = require(what);
        return Text.number(t, file, tokenLine, what);
    }

    /** Skips to the token after the next ';'. */
    void skipStatement() throws ParseFailure {
        String t;
        while ((t = next()) != null) {
            if (t.equals(";")) {
                return;
            }
        }
        throw new ParseFailure(file, line, "the file ends inside a statement (missing ';')");
    }

    int line() {
        return tokenLine;
    }

    String file() {
        return file;
    }

    ParseFailure fail(String reason) {
        return new ParseFailure(file, tokenLine, reason);
    }
}
