package io.noodle.core.toolchain;

import java.util.List;

/** Renders toolchain statuses as the plain-text table printed by {@code noodle check}. */
public final class ToolchainReport {

    private ToolchainReport() {
    }

    /** @return true when any required tool is missing or broken */
    public static boolean blocksFlow(List<ToolStatus> statuses) {
        return statuses.stream().anyMatch(ToolStatus::blocksFlow);
    }

    /** A fixed-width table: tool, status, version, path, install hint; then a one-line verdict. */
    public static String table(List<ToolStatus> statuses) {
        String[] head = { "TOOL", "STATUS", "VERSION", "PATH", "INSTALL HINT" };
        String[][] rows = new String[statuses.size()][];
        for (int i = 0; i < rows.length; i++) {
            ToolStatus s = statuses.get(i);
            rows[i] = new String[] { s.tool().id(), statusWord(s), nz(s.version()),
                    s.path() == null ? "-" : s.path().toString(), s.hint() };
        }
        int[] width = new int[head.length];
        for (int c = 0; c < head.length; c++) {
            width[c] = head[c].length();
            for (String[] row : rows) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        appendRow(sb, head, width);
        for (String[] row : rows) {
            appendRow(sb, row, width);
        }
        for (ToolStatus s : statuses) {
            if (s.state() == ToolStatus.State.BROKEN) {
                sb.append(s.tool().id()).append(": ").append(s.detail()).append('\n');
            }
        }
        long blocking = statuses.stream().filter(ToolStatus::blocksFlow).count();
        sb.append(blocking == 0 ? "All required tools found."
                : blocking + " required tool(s) missing or broken: the local flow cannot run.").append('\n');
        return sb.toString();
    }

    /** The word shown in the STATUS column: found, missing or broken, with "(optional)" for optional tools. */
    public static String statusWord(ToolStatus s) {
        String w = s.state().name().toLowerCase(java.util.Locale.ROOT);
        return s.tool().required() || s.state() == ToolStatus.State.FOUND ? w : w + " (optional)";
    }

    private static String nz(String s) {
        return s == null ? "-" : s;
    }

    private static void appendRow(StringBuilder sb, String[] cells, int[] width) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            line.append(cells[c]);
            if (c < cells.length - 1) {
                line.append(" ".repeat(width[c] - cells[c].length() + 2));
            }
        }
        sb.append(line.toString().stripTrailing()).append('\n');
    }
}
