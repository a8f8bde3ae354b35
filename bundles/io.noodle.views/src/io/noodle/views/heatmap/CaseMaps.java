package io.noodle.views.heatmap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.noodle.model.derived.SourceLine;
import io.noodle.model.results.CaseRecord;

/**
 * Where a finished case's trial left its files and which maps it wrote ({@code heatmaps/<kind>.csv}: placement
 * density, RUDY, routing congestion, or a flow's own), for the heatmap view, the case's properties and the
 * report alike.
 */
public final class CaseMaps {

    /** The folder of a trial's maps. */
    public static final String FOLDER = "heatmaps";

    private CaseMaps() {
    }

    /**
     * The folder of the case's trial (beside the design it produced, or the file its failure names), or null
     * when the run recorded neither or the folder is gone.
     */
    public static Path trialFolder(CaseRecord c) {
        var where = c.failureSource() == null ? null : SourceLine.parse(c.failureSource());
        String file = c.design() != null ? c.design() : where == null ? null : where.file();
        if (file == null) {
            return null;
        }
        Path p = Path.of(file).getParent();
        return p != null && Files.isDirectory(p) ? p : null;
    }

    /** The map kinds the case's trial wrote, sorted; empty when it wrote none. */
    public static List<String> kinds(CaseRecord c) throws IOException {
        Path trial = trialFolder(c);
        List<String> kinds = new ArrayList<>();
        if (trial != null && Files.isDirectory(trial.resolve(FOLDER))) {
            try (var files = Files.list(trial.resolve(FOLDER))) {
                files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted()
                        .forEach(n -> kinds.add(n.substring(0, n.length() - 4)));
            }
        }
        return kinds;
    }

    /** The file of one map of the case, or null when the case has no trial folder or no such map. */
    public static Path file(CaseRecord c, String kind) {
        Path trial = trialFolder(c);
        Path f = trial == null ? null : trial.resolve(FOLDER).resolve(kind + ".csv");
        return f != null && Files.isRegularFile(f) ? f : null;
    }

    /**
     * The case whose maps stand for a run: {@code preferred} (its winner) when its trial wrote maps, else the
     * finished case with maps and the best WNS (a winner from a stage before placement has none); null when no
     * trial wrote maps.
     */
    public static CaseRecord mapped(List<CaseRecord> cases, String preferred) {
        CaseRecord best = null;
        for (CaseRecord c : cases) {
            if (c.failure() != null || !hasMaps(c)) {
                continue;
            }
            if (c.name().equals(preferred)) {
                return c;
            }
            if (best == null || wns(c) > wns(best)) {
                best = c;
            }
        }
        return best;
    }

    private static boolean hasMaps(CaseRecord c) {
        try {
            return !kinds(c).isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static double wns(CaseRecord c) {
        Double w = c.metric("wns");
        return w == null ? Double.NEGATIVE_INFINITY : w;
    }
}
