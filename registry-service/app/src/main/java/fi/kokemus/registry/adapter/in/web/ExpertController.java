package fi.kokemus.registry.adapter.in.web;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.registry.application.port.PageRequest;
import fi.kokemus.registry.application.port.in.SearchExpertsQuery;
import fi.kokemus.registry.application.port.in.SearchExpertsUseCase;
import fi.kokemus.registry.application.port.in.ViewExpertUseCase;
import fi.kokemus.registry.domain.ExpertId;
import fi.kokemus.registry.domain.ReadPurpose;
import fi.kokemus.registry.domain.TopicCode;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reading and searching expert records; what each reader gets is decided by the core. */
@RestController
class ExpertController {

    static final String EXPERTS = "/api/registry/experts";

    private final ViewExpertUseCase viewExpert;
    private final SearchExpertsUseCase searchExperts;

    ExpertController(ViewExpertUseCase viewExpert, SearchExpertsUseCase searchExperts) {
        this.viewExpert = viewExpert;
        this.searchExperts = searchExperts;
    }

    /** @param purpose why the record is opened, for the audit log */
    @GetMapping(EXPERTS + "/{id}")
    ExpertViewResponse view(Actor actor, @PathVariable String id,
            @RequestParam(defaultValue = "view") String purpose) {
        return ExpertViewResponse.of(viewExpert.view(actor, new ExpertId(id), new ReadPurpose(purpose)));
    }

    @GetMapping(EXPERTS)
    PageResponse<PublicProfileResponse> search(Actor actor, @RequestParam(required = false) String topic,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        var query = new SearchExpertsQuery(Optional.ofNullable(topic).map(TopicCode::new), new PageRequest(page, size));
        return PageResponse.of(searchExperts.search(actor, query), PublicProfileResponse::of);
    }

    @GetMapping("/api/registry/me")
    ExpertResponse me(Actor actor) {
        return ExpertResponse.of(viewExpert.viewOwn(actor));
    }
}
