package fi.kokemus.registry.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.registry.application.port.in.BatchResult;
import fi.kokemus.registry.application.port.in.MemberBatchCommand;
import fi.kokemus.registry.application.port.in.RecordProblem;
import fi.kokemus.registry.application.port.in.RecordResult;
import fi.kokemus.registry.application.port.in.SyncJob;
import fi.kokemus.registry.application.port.in.SyncJobUseCase;
import fi.kokemus.registry.application.port.in.SyncMemberBatchUseCase;
import fi.kokemus.registry.application.port.in.SyncMode;
import fi.kokemus.registry.domain.ExpertId;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The NGO sync API for many members at once, answered record by record. */
@RestController
class MemberBatchController {

    private final SyncMemberBatchUseCase syncBatch;
    private final SyncJobUseCase syncJobs;
    private final BatchRecords records;

    MemberBatchController(SyncMemberBatchUseCase syncBatch, SyncJobUseCase syncJobs, JsonMapper json,
            Validator validator) {
        this.syncBatch = syncBatch;
        this.syncJobs = syncJobs;
        this.records = new BatchRecords(json, validator);
    }

    /** Each member is read and validated on its own; see {@link BatchRecords}. */
    record MemberBatchRequest(@NotNull @Size(min = 1, max = SyncJobUseCase.MAX_RECORDS) List<JsonNode> members) {
    }

    /**
     * 200 with every record's outcome, also when some records failed; 202 with the job's location
     * when asked to run in the background or when the batch is too large to answer at once.
     */
    @PostMapping("/api/registry/organisations/{organisationId}/member-batches")
    ResponseEntity<Object> sync(Actor actor, @PathVariable String organisationId,
            @RequestParam(defaultValue = "UPSERT") SyncMode mode,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(defaultValue = "false") boolean async,
            @Valid @RequestBody MemberBatchRequest request) {
        var command = new MemberBatchCommand(organisationId, mode, dryRun,
                request.members().stream().map(member -> records.read(organisationId, member)).toList());
        if (async || command.records().size() > SyncMemberBatchUseCase.MAX_RECORDS) {
            SyncJob job = syncJobs.submit(actor, command);
            return ResponseEntity.accepted().location(URI.create(SyncJobController.SYNC_JOBS + "/" + job.id()))
                    .body(SyncJobController.JobResponse.of(job));
        }
        return ResponseEntity.ok(BatchResponse.of(syncBatch.sync(actor, command)));
    }

    record BatchResponse(SyncMode mode, boolean dryRun, Map<RecordResult.Outcome, Integer> counts,
            List<RecordResponse> results) {

        static BatchResponse of(BatchResult result) {
            return new BatchResponse(result.mode(), result.dryRun(), result.counts(),
                    result.results().stream().map(RecordResponse::of).toList());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RecordResponse(String externalId, RecordResult.Outcome outcome, String expertId, RecordProblem problem,
            List<String> possibleDuplicateOf, String mergedInto) {

        public static RecordResponse of(RecordResult result) {
            return new RecordResponse(result.externalId(), result.outcome(),
                    result.expertId().map(ExpertId::value).orElse(null), result.problem().orElse(null),
                    result.possibleDuplicateOf().stream().map(ExpertId::value).toList(),
                    result.mergedInto().map(ExpertId::value).orElse(null));
        }
    }
}
