package fi.kokemus.registry.adapter.in.web;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.problem.DomainProblem;
import fi.kokemus.registry.application.port.PageRequest;
import fi.kokemus.registry.application.port.in.ListAuditEntriesUseCase;
import fi.kokemus.registry.domain.ExpertId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AuditController {

    private final ListAuditEntriesUseCase listAuditEntries;

    AuditController(ListAuditEntriesUseCase listAuditEntries) {
        this.listAuditEntries = listAuditEntries;
    }

    /** Who read the expert's record, newest first. */
    @GetMapping("/api/registry/audit")
    PageResponse<AuditEntryResponse> list(Actor actor, @RequestParam(required = false) String expertId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        // Checked here rather than by required = true so the refusal is a problem document like every other.
        if (expertId == null) {
            throw DomainProblem.invalid("invalid-value", "expertId is required", "expertId");
        }
        return PageResponse.of(listAuditEntries.list(actor, new ExpertId(expertId), new PageRequest(page, size)),
                AuditEntryResponse::of);
    }
}
