package io.noodle.eda.heatmap;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import io.noodle.eda.parse.ParseFailure;
import io.noodle.eda.parse.Text;

/**
 * The CSV of OpenROAD's {@code gui::dump_heatmap}: a header {@code x0,y0,x1,y1,value (<unit>)} and one bin a
 * line, coordinates in µm. Read with a hand-written number scanner (a million rows well under a second) and
 * written in the same format, so other tools read ours.
 */
public final class HeatmapCsv {

    private HeatmapCsv() {
    }

    public static Heatmap read(Path file, String kind) throws ParseFailure {
        return read(file.toString(), Text.bytes(file), kind);
    }

    public static Heatmap read(String file, byte[] b, String kind) throws ParseFailure {
        int n = b.length;
        int eol = indexOf(b, 0, (byte) '\n');
        String header = new String(b, 0, eol < 0 ? n : eol, StandardCharsets.UTF_8).strip();
        String[] cols = header.split(",", -1);
        if (cols.length != 5 || !cols[0].strip().equals("x0") || !cols[1].strip().equals("y0")
                || !cols[2].strip().equals("x1") || !cols[3].strip().equals("y1") || !cols[4].strip().startsWith("value")) {
            throw new ParseFailure(file, 1, "expected the header 'x0,y0,x1,y1,value (<unit>)', found '"
                    + (header.length() > 60 ? header.substring(0, 57) + "..." : header) + "'");
        }
        String unit = "";
        int open = cols[4].indexOf('(');
        int close = cols[4].lastIndexOf(')');
        if (open >= 0 && close > open) {
            unit = cols[4].substring(open + 1, close).strip();
        }
        int cap = Math.max(16, n / 24);
        double[][] a = new double[5][cap];
        int rows = 0;
        int pos = eol < 0 ? n : eol + 1;
        int line = 2;
        double[] f = new double[5];
        while (pos < n) {
            int end = indexOf(b, pos, (byte) '\n');
            if (end < 0) {
                end = n;
            }
            int stop = end;
            if (stop > pos && b[stop - 1] == '\r') {
                stop--;
            }
            if (stop > pos) {
                int p = pos;
                for (int c = 0; c < 5; c++) {
                    int q = p;
                    while (q < stop && b[q] != ',') {
                        q++;
                    }
                    if ((c < 4 && q >= stop) || (c == 4 && q != stop)) {
                        throw new ParseFailure(file, line, "expected 5 comma-separated numbers");
                    }
                    f[c] = number(b, p, q, file, line);
                    p = q + 1;
                }
                if (f[2] < f[0] || f[3] < f[1]) {
                    throw new ParseFailure(file, line, "a bin with x1 < x0 or y1 < y0");
                }
                if (rows == a[0].length) {
                    for (int c = 0; c < 5; c++) {
                        a[c] = Arrays.copyOf(a[c], rows * 2);
                    }
                }
                for (int c = 0; c < 5; c++) {
                    a[c][rows] = f[c];
                }
                rows++;
            }
            pos = end + 1;
            line++;
        }
        return new Heatmap(kind, unit, Arrays.copyOf(a[0], rows), Arrays.copyOf(a[1], rows), Arrays.copyOf(a[2], rows),
                Arrays.copyOf(a[3], rows), Arrays.copyOf(a[4], rows));
    }

    /** Writes the map in the {@code dump_heatmap} format. */
    public static void write(Heatmap map, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            w.write("x0,y0,x1,y1,value (" + map.unit() + ")\n");
            StringBuilder sb = new StringBuilder(64);
            for (int i = 0; i < map.size(); i++) {
                sb.setLength(0);
                sb.append(fmt(map.x0()[i])).append(',').append(fmt(map.y0()[i])).append(',').append(fmt(map.x1()[i]))
                        .append(',').append(fmt(map.y1()[i])).append(',').append(fmt(map.values()[i])).append('\n');
                w.write(sb.toString());
            }
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static String fmt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static final double[] POW10 = new double[23];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private static double pow10(int k) {
        return k < POW10.length ? POW10[k] : Math.pow(10, k);
    }

    private static int indexOf(byte[] b, int from, byte c) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** A decimal number in b[from, to): digits with an optional sign, point and exponent. */
    static double number(byte[] b, int from, int to, String file, int line) throws ParseFailure {
        int i = from;
        while (i < to && b[i] == ' ') {
            i++;
        }
        int end = to;
        while (end > i && b[end - 1] == ' ') {
            end--;
        }
        boolean neg = false;
        if (i < end && (b[i] == '-' || b[i] == '+')) {
            neg = b[i] == '-';
            i++;
        }
        long mant = 0;
        int digits = 0;
        int scale = 0;
        boolean point = false;
        int start = i;
        for (; i < end; i++) {
            byte c = b[i];
            if (c >= '0' && c <= '9') {
                if (digits < 18) {
                    mant = mant * 10 + (c - '0');
                    digits += mant == 0 ? 0 : 1;
                    if (point) {
                        scale--;
                    }
                } else if (!point) {
                    scale++;
                }
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (i == start || (i == start + 1 && point)) {
            throw new ParseFailure(file, line, "expected a number, found '" + new String(b, from, Math.min(to - from, 40),
                    StandardCharsets.UTF_8) + "'");
        }
        if (i < end) { // an exponent or anything unusual: the slow, exact path
            try {
                return Double.parseDouble(new String(b, from, to - from, StandardCharsets.US_ASCII).strip());
            } catch (NumberFormatException e) {
                throw new ParseFailure(file, line, "expected a number, found '" + new String(b, from,
                        Math.min(to - from, 40), StandardCharsets.UTF_8) + "'");
            }
        }
        double v = scale >= 0 ? mant * pow10(scale) : mant / pow10(-scale);
        return neg ? -v : v;
    }
}
