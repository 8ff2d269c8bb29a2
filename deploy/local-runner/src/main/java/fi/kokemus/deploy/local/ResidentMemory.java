package fi.kokemus.deploy.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.OptionalLong;

/** Resident set size from /proc (Linux); empty where there is no /proc. */
public final class ResidentMemory {

    private static final String RSS_FIELD = "VmRSS:";

    private ResidentMemory() {
    }

    public static OptionalLong bytes(Collection<ProcessHandle> processes) {
        long total = 0;
        for (ProcessHandle process : processes) {
            OptionalLong rss = bytes(process.pid());
            if (rss.isEmpty()) {
                return OptionalLong.empty();
            }
            total += rss.getAsLong();
        }
        return OptionalLong.of(total);
    }

    static OptionalLong bytes(long pid) {
        Path status = Path.of("/proc", Long.toString(pid), "status");
        try {
            return Files.readAllLines(status).stream()
                    .filter(line -> line.startsWith(RSS_FIELD))
                    .mapToLong(line -> Long.parseLong(line.substring(RSS_FIELD.length()).trim().split("\\s+")[0]) * 1024)
                    .findFirst();
        } catch (IOException | RuntimeException unavailable) {
            return OptionalLong.empty();
        }
    }
}
