package io.noodle.eda.parse;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.noodle.eda.heatmap.DesignMaps;
import io.noodle.eda.heatmap.HeatmapCsv;

/**
 * Every parser fed with mutated real inputs (bytes flipped, lines dropped, duplicated or cut, garbage
 * inserted, the file truncated): it returns a result or throws {@link ParseFailure} naming the file, and it
 * never hangs or throws anything else. Seeds are fixed so a failure can be replayed.
 */
class FuzzTest {

    private static final int ROUNDS = 300;

    interface Parser {
        void parse(byte[] input) throws ParseFailure;
    }

    @Test
    void staReports() throws Exception {
        fuzz("opensta-mac8.rpt", b -> StaReport.parse("f.rpt", lines(b), TimeUnit.PS));
        fuzz("openroad-asap7.rpt", b -> StaReport.parse("f.rpt", lines(b), null));
    }

    @Test
    void congestionAndRouterLogs() throws Exception {
        fuzz("openroad-grt.log", b -> GrtCongestion.parse("f.log", lines(b)));
        fuzz("openroad-grt.log", b -> QrouterLog.parse("f.log", lines(b)));
    }

    @Test
    void heatmapCsv() throws Exception {
        fuzz("openroad-placement.csv", b -> HeatmapCsv.read("f.csv", b, "p").stats(50));
    }

    @Test
    void defAndMaps() throws Exception {
        Lef lef = Lef.parse(Path.of("/usr/share/qflow/tech/osu018/osu018_stdcells.lef"));
        fuzz(PhysicalParsersTest.SMALL_DEF.getBytes(StandardCharsets.US_ASCII), b -> {
            Def d = Def.parse("f.def", b, lef);
            DesignMaps m = new DesignMaps(d, 4);
            m.placementDensity();
            m.rudy();
            m.routingCongestion();
        });
    }

    @Test
    void libertyLefAndNetlist() throws Exception {
        byte[] lib = Files.readAllBytes(Path.of("/usr/share/qflow/tech/osu018/osu018_stdcells.lib"));
        byte[] head = java.util.Arrays.copyOf(lib, 12_000); // the header and the first cells keep it quick
        fuzz(head, b -> Liberty.parse("f.lib", new String(b, StandardCharsets.ISO_8859_1)));
        byte[] lef = java.util.Arrays.copyOf(Files.readAllBytes(Path.of("/usr/share/qflow/tech/osu018/osu018_stdcells.lef")),
                12_000);
        fuzz(lef, b -> Lef.parse("f.lef", b));
        String v = "module top (a, y);\n input a;\n output y;\n wire n1;\n INVX1 u1 (.A(a), .Y(n1));\n"
                + " BUFX2 u2 (.A(n1), .Y(y));\nendmodule\n";
        fuzz(v.getBytes(StandardCharsets.US_ASCII), b -> Netlist.parse("f.v", new String(b, StandardCharsets.ISO_8859_1)));
    }

    private static List<String> lines(byte[] b) {
        return new String(b, StandardCharsets.UTF_8).lines().toList();
    }

    private static void fuzz(String dataFile, Parser p) throws Exception {
        fuzz(Files.readAllBytes(TestData.path(dataFile)), p);
    }

    private static void fuzz(byte[] original, Parser p) {
        Random random = new Random(original.length * 31L + 7);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int round = 0; round < ROUNDS; round++) {
                byte[] input = mutate(original, random);
                try {
                    p.parse(input);
                } catch (ParseFailure expected) {
                    if (expected.source() == null || expected.source().file().isEmpty()) {
                        fail("a parse failure without its file: " + expected);
                    }
                } catch (RuntimeException | StackOverflowError e) {
                    fail("round " + round + ": " + e + " on input:\n" + new String(input, StandardCharsets.ISO_8859_1), e);
                }
            }
        });
    }

    static byte[] mutate(byte[] in, Random r) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < in.length; i++) {
            if (in[i] == '\n') {
                lines.add(java.util.Arrays.copyOfRange(in, start, i + 1));
                start = i + 1;
            }
        }
        if (start < in.length) {
            lines.add(java.util.Arrays.copyOfRange(in, start, in.length));
        }
        int edits = 1 + r.nextInt(4);
        for (int e = 0; e < edits && !lines.isEmpty(); e++) {
            int k = r.nextInt(lines.size());
            switch (r.nextInt(7)) {
            case 0 -> lines.remove(k);
            case 1 -> lines.add(k, lines.get(r.nextInt(lines.size())));
            case 2 -> { // flip a byte
                byte[] l = lines.get(k).clone();
                if (l.length > 0) {
                    l[r.nextInt(l.length)] = (byte) " x-(){};.,:*%e9\"\u00ff".charAt(r.nextInt(17));
                }
                lines.set(k, l);
            }
            case 3 -> { // cut a line
                byte[] l = lines.get(k);
                lines.set(k, java.util.Arrays.copyOf(l, l.length / 2));
            }
            case 4 -> lines.add(k, ("  " + r.nextLong() + " ( ; } { \" -1e400 NaN 1e-999\n").getBytes(StandardCharsets.US_ASCII));
            case 5 -> { // truncate the file
                while (lines.size() > k + 1) {
                    lines.remove(lines.size() - 1);
                }
            }
            default -> { // swap two lines
                int j = r.nextInt(lines.size());
                byte[] t = lines.get(k);
                lines.set(k, lines.get(j));
                lines.set(j, t);
            }
            }
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        lines.forEach(out::writeBytes);
        return out.toByteArray();
    }
}
