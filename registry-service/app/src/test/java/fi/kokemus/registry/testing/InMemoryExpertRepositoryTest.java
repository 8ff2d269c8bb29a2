package fi.kokemus.registry.testing;

import fi.kokemus.registry.application.port.out.ExpertRepository;

class InMemoryExpertRepositoryTest extends ExpertRepositoryContract {

    private final InMemoryExpertRepository repository = new InMemoryExpertRepository();

    @Override
    protected ExpertRepository repository() {
        return repository;
    }
}
