package fi.kokemus.deploy.local.testprocess;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in process for the runner's tests. Prints its pid, then, depending on its arguments, spawns a child
 * like itself ({@code --child}), listens on a port ({@code --listen PORT}), refuses to end on SIGTERM
 * ({@code --ignore-term}), prints an environment variable ({@code --env NAME}) or prints {@code --lines N} numbered lines and exits with {@code --exit CODE}.
 */
public final class Sleeper {

    private Sleeper() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("pid " + ProcessHandle.current().pid());
        List<String> options = List.of(args);
        if (options.contains("--env")) {
            String name = options.get(options.indexOf("--env") + 1);
            System.out.println(name + "=" + System.getenv(name));
        }
        int lines = intOption(options, "--lines", 0);
        for (int line = 1; line <= lines; line++) {
            System.out.println("line " + line);
        }
        if (options.contains("--exit")) {
            System.out.flush();
            System.exit(intOption(options, "--exit", 0));
        }
        if (options.contains("--ignore-term")) {
            Runtime.getRuntime().addShutdownHook(new Thread(Sleeper::sleepForever));
        }
        if (options.contains("--child")) {
            startChild();
        }
        ServerSocket listening = options.contains("--listen") ? new ServerSocket(intOption(options, "--listen", 0)) : null;
        System.out.println("sleeping" + (listening == null ? "" : " on " + listening.getLocalPort()));
        System.out.flush();
        sleepForever();
    }

    /** The command that runs this class with the current JVM and class path. */
    public static List<String> command(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx32m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Sleeper.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    private static void startChild() throws Exception {
        new ProcessBuilder(command()).inheritIO().start();
    }

    private static int intOption(List<String> options, String name, int fallback) {
        int index = options.indexOf(name);
        return index < 0 ? fallback : Integer.parseInt(options.get(index + 1));
    }

    private static void sleepForever() {
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException ignored) {
                // keep sleeping: only a signal ends this process
            }
        }
    }
}
