package io.noodle.model.yaml;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What an import noticed: errors (the study cannot be imported) and warnings, each with its line. */
public final class ImportReport {

    /** One message at a place of the file. */
    public record Message(boolean error, int line, int column, String text) {
        /** {@code file:line:column: error|warning: text}. */
        public String format(Path file) {
            return file + ":" + line + (column > 0 ? ":" + column : "") + ": " + (error ? "error" : "warning") + ": "
                    + io.noodle.core.io.Problems.escape(text, 2000); // names from the file, echoed to a terminal
        }
    }

    private final List<Message> messages = new ArrayList<>();

    void error(YamlNode at, String text) {
        messages.add(new Message(true, at.line(), at.column(), text));
    }

    void error(int line, int column, String text) {
        messages.add(new Message(true, line, column, text));
    }

    void warning(int line, int column, String text) {
        messages.add(new Message(false, line, column, text));
    }

    /** Every message, in the order of the file (by line, then column). */
    public List<Message> messages() {
        return messages.stream().sorted(java.util.Comparator.comparingInt(Message::line)
                .thenComparingInt(Message::column)).toList();
    }

    public List<Message> errors() {
        return messages().stream().filter(Message::error).toList();
    }

    public List<Message> warnings() {
        return messages().stream().filter(m -> !m.error()).toList();
    }

    public boolean hasErrors() {
        return messages.stream().anyMatch(Message::error);
    }
}
