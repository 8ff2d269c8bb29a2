package fi.kokemus.registry.adapter.in.web;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.registry.application.port.in.ExpertView;
import fi.kokemus.registry.application.port.in.ReviewDuplicatesUseCase;
import fi.kokemus.registry.application.port.in.ReviewDuplicatesUseCase.DuplicateReview;
import fi.kokemus.registry.domain.DuplicateCandidate;
import fi.kokemus.registry.domain.DuplicateCandidate.Decision;
import fi.kokemus.registry.domain.DuplicateReason;
import fi.kokemus.registry.domain.ExpertProfile;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Coordinators review records that may be the same person and decide whether they are. */
@RestController
class DuplicateCandidateController {

    static final String CANDIDATES = "/api/registry/duplicate-candidates";

    private final ReviewDuplicatesUseCase reviewDuplicates;

    DuplicateCandidateController(ReviewDuplicatesUseCase reviewDuplicates) {
        this.reviewDuplicates = reviewDuplicates;
    }

    @GetMapping(CANDIDATES)
    List<CandidateResponse> list(Actor actor,
            @RequestParam(defaultValue = "OPEN") DuplicateCandidate.Status status) {
        return reviewDuplicates.list(actor, status).stream().map(CandidateResponse::of).toList();
    }

    @PostMapping(CANDIDATES + "/{candidateId}/resolution")
    ResolutionResponse resolve(Actor actor, @PathVariable String candidateId,
            @Valid @RequestBody ResolutionRequest request) {
        DuplicateCandidate resolved = reviewDuplicates.resolve(actor, candidateId, request.decision(), request.note());
        return new ResolutionResponse(resolved.id(), resolved.status());
    }

    record ResolutionRequest(@NotNull Decision decision, @Size(max = 1000) String note) {
    }

    record ResolutionResponse(String id, DuplicateCandidate.Status status) {
    }

    record CandidateResponse(String id, DuplicateCandidate.Status status, Set<DuplicateReason> reasons,
            Instant detectedAt, List<RecordResponse> experts) {

        static CandidateResponse of(DuplicateReview review) {
            DuplicateCandidate candidate = review.candidate();
            return new CandidateResponse(candidate.id(), candidate.status(), candidate.reasons(),
                    candidate.detectedAt(), review.experts().stream().map(RecordResponse::of).toList());
        }
    }

    /** What a coordinator needs to tell two people apart; nothing about health or consents. */
    record RecordResponse(String id, String organisationId, String externalId, String firstName, String lastName,
            String homeCounty, String municipality, String email, String phone) {

        static RecordResponse of(ExpertView.Full expert) {
            ExpertProfile profile = expert.state().profile();
            return new RecordResponse(expert.id().value(), expert.member().organisationId(),
                    expert.member().externalId(), profile.name().firstName(), profile.name().lastName(),
                    profile.homeCounty().code(), profile.municipality().value(),
                    profile.preferences().contact().email().orElse(null),
                    profile.preferences().contact().phone().orElse(null));
        }
    }
}
