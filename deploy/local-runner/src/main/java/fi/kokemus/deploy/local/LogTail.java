package fi.kokemus.deploy.local;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** The last lines of a log file, read from its end so a large log costs nothing. */
public final class LogTail {

    private static final int MAX_BYTES = 64 * 1024;
    private static final Pattern STACK_FRAME = Pattern.compile("^\\s+(at |\\.\\.\\. \\d+ more)");

    private LogTail() {
    }

    public static List<String> lastLines(Path log, int lines) {
        return tail(log, lines, false);
    }

    /** The last lines without stack frames ("at ...", "... 7 more"): the messages and exception types remain. */
    public static List<String> lastMessageLines(Path log, int lines) {
        return tail(log, lines, true);
    }

    private static List<String> tail(Path log, int lines, boolean withoutStackFrames) {
        if (!Files.isRegularFile(log)) {
            return List.of();
        }
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long length = file.length();
            int size = (int) Math.min(length, MAX_BYTES);
            byte[] bytes = new byte[size];
            file.seek(length - size);
            file.readFully(bytes);
            List<String> all = new String(bytes, StandardCharsets.UTF_8).lines()
                    .filter(line -> !withoutStackFrames || !STACK_FRAME.matcher(line).find())
                    .toList();
            return all.subList(Math.max(0, all.size() - lines), all.size());
        } catch (IOException unreadable) {
            return List.of("(could not read " + log + ": " + unreadable.getMessage() + ")");
        }
    }
}
