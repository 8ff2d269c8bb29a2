package fi.kokemus.registry.testing;

import fi.kokemus.registry.application.port.out.ExpertRepository;
import fi.kokemus.registry.domain.ExpertId;

class InMemoryExpertSearchTest extends ExpertSearchContract {

    private final InMemoryExpertRepository repository = new InMemoryExpertRepository();

    @Override
    protected ExpertRepository repository() {
        return repository;
    }

    @Override
    protected void recordRecentAssignments(ExpertId expert, int count) {
        repository.recordRecentAssignments(expert, count);
    }
}
