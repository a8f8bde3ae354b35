package io.noodle.eda.parse;

import java.util.List;

import io.noodle.model.derived.MetricValue;
import io.noodle.model.derived.SourceLine;

/**
 * The result of a qrouter run as its log states it: {@code Final: No failed routes!} or
 * {@code Final: Failed net routes: <n>}.
 */
public record QrouterLog(int failedRoutes, SourceLine source) {

    public List<MetricValue> metrics() {
        return List.of(new MetricValue("failed_routes", failedRoutes, "nets", source));
    }

    /** Null when the text holds no final qrouter verdict (routing did not finish). */
    public static QrouterLog parse(String file, List<String> lines) throws ParseFailure {
        for (int i = lines.size() - 1; i >= 0; i--) {
            String s = lines.get(i).strip();
            if (!s.startsWith("Final:")) {
                continue;
            }
            if (s.contains("No failed routes")) {
                return new QrouterLog(0, new SourceLine(file, i + 1));
            }
            int colon = s.lastIndexOf(':');
            if (s.contains("Failed net routes") && colon > 0) {
                double n = Text.number(s.substring(colon + 1).strip(), file, i + 1, "the number of failed routes");
                return new QrouterLog((int) n, new SourceLine(file, i + 1));
            }
            throw new ParseFailure(file, i + 1, "a qrouter 'Final:' line that gives no route count: '" + Text.clip(s) + "'");
        }
        return null;
    }
}
