package fi.kokemus.registry.application.service;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.registry.application.port.ResultPage;
import fi.kokemus.registry.application.port.in.SearchExpertsQuery;
import fi.kokemus.registry.application.port.in.SearchExpertsUseCase;
import fi.kokemus.registry.application.port.out.ExpertRepository;
import fi.kokemus.registry.application.port.out.ExpertSearch;
import fi.kokemus.registry.domain.Expert;
import fi.kokemus.registry.domain.ExpertAccess;
import fi.kokemus.registry.domain.PublicProfile;

public class SearchExpertsService implements SearchExpertsUseCase {

    private final ExpertRepository experts;

    public SearchExpertsService(ExpertRepository experts) {
        this.experts = experts;
    }

    @Override
    public ResultPage<PublicProfile> search(Actor actor, SearchExpertsQuery query) {
        var search = new ExpertSearch(ExpertAccess.searchableCounty(actor), query.topic(), true);
        return experts.search(search, query.page()).map(Expert::publicProfile);
    }
}
