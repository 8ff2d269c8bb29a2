package fi.kokemus.deploy.local;

import java.nio.file.Path;
import java.util.List;

/** A process of the local system did not become ready; the message names it and shows the end of its log. */
public final class StartupException extends RuntimeException {

    static final int LOG_LINES = 40;

    public StartupException(String process, String reason, Path log) {
        super(process + " did not become ready: " + reason
                + "\n--- last lines of " + log + " (stack frames left out) ---\n"
                + String.join("\n", tailOrNote(log)));
    }

    private static List<String> tailOrNote(Path log) {
        List<String> tail = LogTail.lastMessageLines(log, LOG_LINES);
        return tail.isEmpty() ? List.of("(empty)") : tail;
    }
}
