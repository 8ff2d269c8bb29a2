package fi.kokemus.registry.application.service;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.registry.application.port.SearchResult;
import fi.kokemus.registry.application.port.in.SearchExpertsQuery;
import fi.kokemus.registry.application.port.in.SearchExpertsUseCase;
import fi.kokemus.registry.application.port.out.ExpertRepository;
import fi.kokemus.registry.application.port.out.ExpertSearch;
import fi.kokemus.registry.domain.County;
import fi.kokemus.registry.domain.Expert;
import fi.kokemus.registry.domain.ExpertAccess;
import fi.kokemus.registry.domain.PublicProfile;
import fi.kokemus.registry.domain.search.SearchText;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

public class SearchExpertsService implements SearchExpertsUseCase {

    private final ExpertRepository experts;
    private final Clock clock;

    public SearchExpertsService(ExpertRepository experts, Clock clock) {
        this.experts = experts;
        this.clock = clock;
    }

    @Override
    public SearchResult<PublicProfile> search(Actor actor, SearchExpertsQuery query) {
        County county = ExpertAccess.searchableCounty(actor);
        if (!query.filters().diagnoses().isEmpty()) {
            ExpertAccess.requireMaySearchByDiagnosis(actor);
        }
        Optional<LocalDate> advancedTrainingOn = query.advancedTraining()
                ? Optional.of(query.availableOn().orElseGet(() -> LocalDate.now(clock))) : Optional.empty();
        var search = new ExpertSearch(county, query.county(), query.filters(), advancedTrainingOn, query.availableOn(),
                query.text().map(SearchText::words).<Set<String>>map(Set::copyOf).orElse(Set.of()),
                query.sort(), ExpertAccess.maySearchByDiagnosis(actor));
        return experts.search(search, query.page()).map(Expert::publicProfile);
    }
}
