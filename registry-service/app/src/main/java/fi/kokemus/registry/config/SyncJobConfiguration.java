package fi.kokemus.registry.config;

import fi.kokemus.registry.application.port.out.SyncJobs;
import fi.kokemus.registry.application.service.SyncJobService;
import fi.kokemus.registry.application.service.SyncMemberBatchService;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Large member batches run on one background thread of this service; jobs a stop interrupted
 * continue once the service is up again.
 */
@Configuration(proxyBeanMethods = false)
public class SyncJobConfiguration implements DisposableBean {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sync-jobs");
        thread.setDaemon(true);
        return thread;
    });

    @Bean
    SyncJobService syncJobService(SyncMemberBatchService batch, SyncJobs jobs, Clock clock) {
        return new SyncJobService(batch, jobs, executor, clock);
    }

    @Bean
    ApplicationRunner resumeSyncJobs(SyncJobService syncJobs) {
        return arguments -> syncJobs.resumeUnfinished();
    }

    /** Lets the running chunk finish; whatever is left resumes on the next start. */
    @Override
    public void destroy() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
