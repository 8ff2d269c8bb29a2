package fi.kokemus.deploy.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs one request repeatedly from a few threads at once, as a handful of concurrent users would. */
public final class LoadRunner {

    private final int threads;

    public LoadRunner(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        this.threads = threads;
    }

    /** One request; a failure ends the measurement. */
    @FunctionalInterface
    public interface Request {
        void send() throws Exception;
    }

    /** {@code warmUp} unmeasured requests, then {@code iterations} measured ones shared by the threads. */
    public Measurement measure(int warmUp, int iterations, Request request) {
        run(warmUp, request, new ArrayList<>());
        List<Long> latencies = new ArrayList<>();
        long started = System.nanoTime();
        run(iterations, request, latencies);
        return new Measurement(iterations, Duration.ofNanos(System.nanoTime() - started), Latencies.of(latencies));
    }

    private void run(int count, Request request, List<Long> latencies) {
        if (count == 0) {
            return;
        }
        AtomicInteger remaining = new AtomicInteger(count);
        ExecutorService executor = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Long>>> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                workers.add(executor.submit(() -> {
                    List<Long> own = new ArrayList<>();
                    while (remaining.getAndDecrement() > 0) {
                        long started = System.nanoTime();
                        request.send();
                        own.add(System.nanoTime() - started);
                    }
                    return own;
                }));
            }
            for (Future<List<Long>> worker : workers) {
                latencies.addAll(worker.get());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a request failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            executor.shutdownNow();
        }
    }
}
