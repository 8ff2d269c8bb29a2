package fi.kokemus.registry.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.registry.application.port.in.SyncMemberCommand;
import fi.kokemus.registry.application.port.in.SyncMemberUseCase;
import fi.kokemus.registry.application.port.in.SyncResult;
import fi.kokemus.registry.domain.ExpertId;
import fi.kokemus.registry.domain.MemberReference;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The NGO sync API: partners upsert their members by their own member id. */
@RestController
class MemberSyncController {

    private final SyncMemberUseCase syncMember;

    MemberSyncController(SyncMemberUseCase syncMember) {
        this.syncMember = syncMember;
    }

    /**
     * 201 with the new record when the member is new, 200 with it when it was updated or already
     * current, 200 with only the outcome when the member's consent withdrawal erased it or a
     * coordinator merged it into another record (then with the record it was merged into).
     */
    @PutMapping("/api/registry/organisations/{organisationId}/members/{externalId}")
    ResponseEntity<Object> upsert(Actor actor, @PathVariable String organisationId,
            @PathVariable String externalId, @Valid @RequestBody MemberRequest request) {
        var command = new SyncMemberCommand(new MemberReference(organisationId, externalId), request.toProfile(),
                request.toDecisions());
        SyncResult result = syncMember.sync(actor, command);
        if (result.expert().isEmpty()) {
            return ResponseEntity.ok(new OutcomeResponse(result.expertId().value(), result.outcome().name(),
                    result.mergedInto().map(ExpertId::value).orElse(null)));
        }
        ExpertResponse body = ExpertResponse.of(result.expert().get());
        if (result.outcome() == SyncResult.Outcome.CREATED) {
            return ResponseEntity.created(URI.create(ExpertController.EXPERTS + "/" + body.id())).body(body);
        }
        return ResponseEntity.ok(body);
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record OutcomeResponse(String id, String outcome, String mergedInto) {
    }
}
