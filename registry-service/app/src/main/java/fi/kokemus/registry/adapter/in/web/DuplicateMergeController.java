package fi.kokemus.registry.adapter.in.web;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.registry.application.port.in.MergeDuplicatesUseCase;
import fi.kokemus.registry.application.port.in.MergeDuplicatesUseCase.Merge;
import fi.kokemus.registry.domain.DuplicateCandidate;
import fi.kokemus.registry.domain.ExpertId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A coordinator merges a pair found to be the same person into the record they keep. */
@RestController
class DuplicateMergeController {

    private final MergeDuplicatesUseCase mergeDuplicates;

    DuplicateMergeController(MergeDuplicatesUseCase mergeDuplicates) {
        this.mergeDuplicates = mergeDuplicates;
    }

    @PostMapping(DuplicateCandidateController.CANDIDATES + "/{candidateId}/merge")
    MergeResponse merge(Actor actor, @PathVariable String candidateId, @Valid @RequestBody MergeRequest request) {
        return MergeResponse.of(mergeDuplicates.merge(actor, candidateId, new ExpertId(request.keep()),
                request.note()));
    }

    record MergeRequest(@NotBlank String keep, @Size(max = 1000) String note) {
    }

    /** @param differences what the retired record held differently, for the kept record's NGO to check */
    record MergeResponse(String id, DuplicateCandidate.Status status, String kept, String retired,
            List<String> differences, String mergedBy, Instant mergedAt) {

        static MergeResponse of(Merge merge) {
            DuplicateCandidate.Resolution resolution = merge.candidate().resolution().orElseThrow();
            return new MergeResponse(merge.candidate().id(), merge.candidate().status(), merge.kept().value(),
                    merge.retired().value(), merge.differences(), resolution.resolvedBy(), resolution.at());
        }
    }
}
