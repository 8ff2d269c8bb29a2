package fi.kokemus.registry.adapter.in.web;

import static fi.kokemus.registry.adapter.in.web.ExpertController.EXPERTS;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.registry.application.port.in.MaintainExpertUseCase;
import fi.kokemus.registry.domain.AssignmentContract;
import fi.kokemus.registry.domain.County;
import fi.kokemus.registry.domain.DatePeriod;
import fi.kokemus.registry.domain.ExpertId;
import fi.kokemus.registry.domain.Mentorship;
import fi.kokemus.registry.domain.ReadPurpose;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** What coordinators, the owning NGO and admins maintain in an expert's record; who may do what is the core's. */
@RestController
class ExpertMaintenanceController {

    record ContractRequest(@NotNull LocalDate validFrom, LocalDate validUntil) {
    }

    record CommitmentRequest(@NotNull LocalDate signedOn) {
    }

    record MentorRequest(@NotBlank @Size(max = 64) String mentorId, @NotNull LocalDate from,
            @NotNull LocalDate until) {
    }

    private final MaintainExpertUseCase maintainExpert;

    ExpertMaintenanceController(MaintainExpertUseCase maintainExpert) {
        this.maintainExpert = maintainExpert;
    }

    @PutMapping(EXPERTS + "/{id}/contracts/{county}")
    ExpertResponse recordContract(Actor actor, @PathVariable String id, @PathVariable String county,
            @Valid @RequestBody ContractRequest request) {
        var contract = new AssignmentContract(County.of(county, "county"), request.validFrom(),
                Optional.ofNullable(request.validUntil()));
        return ExpertResponse.of(maintainExpert.recordContract(actor, new ExpertId(id), contract));
    }

    @PutMapping(EXPERTS + "/{id}/confidentiality-commitment")
    ExpertResponse recordCommitment(Actor actor, @PathVariable String id,
            @Valid @RequestBody CommitmentRequest request) {
        return ExpertResponse.of(
                maintainExpert.recordConfidentialityCommitment(actor, new ExpertId(id), request.signedOn()));
    }

    @PutMapping(EXPERTS + "/{id}/mentor")
    ExpertResponse assignMentor(Actor actor, @PathVariable String id, @Valid @RequestBody MentorRequest request) {
        var mentorship = new Mentorship(new ExpertId(request.mentorId()),
                new DatePeriod(request.from(), request.until()));
        return ExpertResponse.of(maintainExpert.assignMentor(actor, new ExpertId(id), Optional.of(mentorship)));
    }

    @DeleteMapping(EXPERTS + "/{id}/mentor")
    ExpertResponse removeMentor(Actor actor, @PathVariable String id) {
        return ExpertResponse.of(maintainExpert.assignMentor(actor, new ExpertId(id), Optional.empty()));
    }

    @PutMapping(EXPERTS + "/{id}/availability")
    ExpertResponse changeAvailability(Actor actor, @PathVariable String id,
            @Valid @RequestBody AvailabilityRequest request) {
        return ExpertResponse.of(maintainExpert.changeAvailability(actor, new ExpertId(id), request.toAvailability()));
    }

    /** @param purpose why the record is erased (e.g. the request's reference), for the audit log */
    @DeleteMapping(EXPERTS + "/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void erase(Actor actor, @PathVariable String id, @RequestParam(required = false) String purpose,
            @RequestParam(defaultValue = "false") boolean confirm) {
        // Checked by the value rather than required = true so the refusal is a problem document like every other.
        maintainExpert.erase(actor, new ExpertId(id), new ReadPurpose(purpose), confirm);
    }
}
