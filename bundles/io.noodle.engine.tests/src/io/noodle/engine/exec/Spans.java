package io.noodle.engine.exec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** When trials ran, from the start and end times (ns) their programs wrote, and how many ran at once. */
public final class Spans {

    private Spans() {
    }

    /** {start, end} of one trial, read from the two files its program wrote into {@code dir}. */
    public static long[] read(Path dir, String startFile, String endFile) throws IOException {
        return new long[] { Long.parseLong(Files.readString(dir.resolve(startFile)).strip()),
                Long.parseLong(Files.readString(dir.resolve(endFile)).strip()) };
    }

    /** The most spans that were running at one moment. */
    public static int mostAtOnce(List<long[]> spans) {
        int most = 0;
        for (long[] s : spans) {
            int at = 0;
            for (long[] t : spans) {
                if (t[0] <= s[0] && s[0] < t[1]) {
                    at++;
                }
            }
            most = Math.max(most, at);
        }
        return most;
    }
}
