package fi.kokemus.registry.testing;

import fi.kokemus.registry.application.port.out.ContactDisclosures;
import fi.kokemus.registry.domain.ExpertId;
import java.util.HashSet;
import java.util.Set;

/** Contact disclosures in memory. */
public class InMemoryContactDisclosures implements ContactDisclosures {

    private record Disclosure(ExpertId expertId, String unitId) {
    }

    private final Set<Disclosure> disclosures = new HashSet<>();

    @Override
    public synchronized void discloseTo(ExpertId expertId, String unitId, String assignmentId) {
        disclosures.add(new Disclosure(expertId, unitId));
    }

    @Override
    public synchronized boolean isDisclosedTo(ExpertId expertId, String unitId) {
        return disclosures.contains(new Disclosure(expertId, unitId));
    }
}
