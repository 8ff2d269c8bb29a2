package fi.kokemus.registry.adapter.in.web;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.registry.application.port.PageRequest;
import fi.kokemus.registry.application.port.SearchFilters;
import fi.kokemus.registry.application.port.SearchSort;
import fi.kokemus.registry.application.port.in.SearchExpertsQuery;
import fi.kokemus.registry.application.port.in.SearchExpertsUseCase;
import fi.kokemus.registry.application.port.in.ViewExpertUseCase;
import fi.kokemus.registry.domain.County;
import fi.kokemus.registry.domain.DiagnosisCode;
import fi.kokemus.registry.domain.ExpertId;
import fi.kokemus.registry.domain.ExpertRole;
import fi.kokemus.registry.domain.LanguageCode;
import fi.kokemus.registry.domain.MunicipalityCode;
import fi.kokemus.registry.domain.TaskTypeCode;
import fi.kokemus.registry.domain.ReadPurpose;
import fi.kokemus.registry.domain.TopicCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.format.annotation.DateTimeFormat;
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

    /** Repeat a parameter for several values, e.g. {@code topic=A&topic=B}: any of them matches. */
    @GetMapping(EXPERTS)
    SearchResponse search(Actor actor,
            @RequestParam(required = false) List<String> municipality,
            @RequestParam(required = false) String county,
            @RequestParam(required = false) List<String> topic,
            @RequestParam(required = false) List<String> lifeSituation,
            @RequestParam(required = false) List<String> diagnosis,
            @RequestParam(required = false) List<String> organisation,
            @RequestParam(required = false) List<ExpertRole> role,
            @RequestParam(required = false) List<String> language,
            @RequestParam(required = false) List<String> taskType,
            @RequestParam(defaultValue = "false") boolean advancedTraining,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate availableOn,
            @RequestParam(required = false) String text,
            @RequestParam(defaultValue = "RELEVANCE") SearchSort sort,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        var filters = new SearchFilters(
                SearchParameters.values(municipality, "municipality", MunicipalityCode::new),
                SearchParameters.values(topic, "topic", TopicCode::new),
                SearchParameters.values(lifeSituation, "lifeSituation", TopicCode::new),
                SearchParameters.values(diagnosis, "diagnosis", DiagnosisCode::new),
                SearchParameters.values(organisation, "organisation", Function.identity()),
                SearchParameters.values(role, "role", Function.identity()),
                SearchParameters.values(language, "language", LanguageCode::new),
                SearchParameters.values(taskType, "taskType", TaskTypeCode::new));
        var query = new SearchExpertsQuery(filters, Optional.ofNullable(county).map(code -> County.of(code, "county")),
                advancedTraining, Optional.ofNullable(availableOn), Optional.ofNullable(text), sort,
                new PageRequest(page, size));
        return SearchResponse.of(searchExperts.search(actor, query));
    }

    @GetMapping("/api/registry/me")
    ExpertResponse me(Actor actor) {
        return ExpertResponse.of(viewExpert.viewOwn(actor));
    }
}
