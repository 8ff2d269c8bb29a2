package fi.kokemus.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

    @TempDir
    Path dir;

    @Test
    void returnsTheLastLines() throws IOException {
        Path log = Files.writeString(dir.resolve("a.log"), numberedLines(100));

        assertThat(LogTail.lastLines(log, 3)).containsExactly("line 98", "line 99", "line 100");
    }

    @Test
    void returnsAllLinesOfAShortLog() throws IOException {
        Path log = Files.writeString(dir.resolve("a.log"), "one\ntwo\n");

        assertThat(LogTail.lastLines(log, 40)).containsExactly("one", "two");
    }

    @Test
    void readsOnlyTheEndOfALargeLog() throws IOException {
        Path log = Files.writeString(dir.resolve("a.log"), numberedLines(200_000));

        assertThat(LogTail.lastLines(log, 2)).containsExactly("line 199999", "line 200000");
    }

    @Test
    void messageLinesLeaveOutStackFrames() throws IOException {
        Path log = Files.writeString(dir.resolve("a.log"), String.join("\n",
                "WARN MongoDB health check failed",
                "com.mongodb.MongoCommandException: no such command: 'hello'",
                "\tat com.mongodb.internal.connection.ProtocolHelper.getCommandFailureException(ProtocolHelper.java:210)",
                "\tat java.base/java.lang.Thread.run(Thread.java:840)",
                "Caused by: java.lang.ClassNotFoundException: io.netty.Foo",
                "\t... 7 more",
                "INFO next"));

        assertThat(LogTail.lastMessageLines(log, 3)).containsExactly(
                "com.mongodb.MongoCommandException: no such command: 'hello'",
                "Caused by: java.lang.ClassNotFoundException: io.netty.Foo",
                "INFO next");
    }

    @Test
    void aMissingLogHasNoLines() {
        assertThat(LogTail.lastLines(dir.resolve("missing.log"), 10)).isEmpty();
    }

    private static String numberedLines(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "line " + i).collect(Collectors.joining("\n", "", "\n"));
    }
}
