package fi.kokemus.deploy.local;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CancellationException;

/** Every process started so far, stopped in reverse start order; once stopped, a late start is stopped at once. */
final class StartedProcesses {

    private final Duration stopGrace;
    private final List<ManagedProcess> started = new ArrayList<>();
    private boolean stopping;

    StartedProcesses(Duration stopGrace) {
        this.stopGrace = stopGrace;
    }

    void add(ManagedProcess process) {
        synchronized (this) {
            if (!stopping) {
                started.add(process);
                return;
            }
        }
        stop(process);
        throw new CancellationException(process.name() + " started while the system was being stopped");
    }

    synchronized List<ManagedProcess> list() {
        return List.copyOf(started);
    }

    synchronized boolean isStopping() {
        return stopping;
    }

    /** Stops each process once, newest first. */
    void stopAll() {
        List<ManagedProcess> newestFirst;
        synchronized (this) {
            if (stopping) {
                return;
            }
            stopping = true;
            newestFirst = new ArrayList<>(started);
        }
        Collections.reverse(newestFirst);
        newestFirst.forEach(this::stop);
    }

    private void stop(ManagedProcess process) {
        long begin = System.nanoTime();
        ManagedProcess.Ending ending = process.stop(stopGrace);
        long millis = Duration.ofNanos(System.nanoTime() - begin).toMillis();
        Progress.say(switch (ending) {
            case TERMINATED -> "stopped " + process.name() + " in " + millis + " ms";
            case KILLED -> "killed " + process.name() + ": still running " + stopGrace.toSeconds() + " s after SIGTERM";
        });
    }
}
