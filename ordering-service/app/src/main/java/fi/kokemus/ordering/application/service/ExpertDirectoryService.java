package fi.kokemus.ordering.application.service;

import fi.kokemus.ordering.application.port.in.UpdateExpertDirectoryUseCase;
import fi.kokemus.ordering.application.port.out.ExpertDirectory;
import fi.kokemus.ordering.domain.Expert;
import java.time.Instant;

public class ExpertDirectoryService implements UpdateExpertDirectoryUseCase {

    private final ExpertDirectory experts;

    public ExpertDirectoryService(ExpertDirectory experts) {
        this.experts = experts;
    }

    @Override
    public void recordProfile(Expert expert, Instant asOf) {
        experts.record(expert, asOf);
    }

    @Override
    public void erase(String expertId, Instant asOf) {
        experts.erase(expertId, asOf);
    }
}
