package fi.kokemus.registry.testing;

import fi.kokemus.registry.application.port.out.ContactDisclosure;
import fi.kokemus.registry.application.port.out.ContactDisclosures;
import fi.kokemus.registry.domain.ExpertId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/** Contact disclosures in memory. */
public class InMemoryContactDisclosures implements ContactDisclosures {

    private record Disclosure(ExpertId expertId, String unitId, String assignmentId) {
    }

    private final Set<Disclosure> disclosures = new HashSet<>();

    @Override
    public synchronized void discloseTo(ExpertId expertId, String unitId, String assignmentId) {
        disclosures.add(new Disclosure(expertId, unitId, assignmentId));
    }

    @Override
    public synchronized void withdraw(ExpertId expertId, String assignmentId) {
        disclosures.removeIf(held -> held.expertId().equals(expertId) && held.assignmentId().equals(assignmentId));
    }

    @Override
    public synchronized boolean isDisclosedTo(ExpertId expertId, String unitId) {
        return disclosures.stream().anyMatch(held -> held.expertId().equals(expertId) && held.unitId().equals(unitId));
    }

    @Override
    public synchronized List<ContactDisclosure> findByExpert(ExpertId expertId) {
        var byUnit = new TreeMap<String, Set<String>>();
        disclosures.stream().filter(held -> held.expertId().equals(expertId))
                .forEach(held -> byUnit.computeIfAbsent(held.unitId(), unit -> new HashSet<>()).add(held.assignmentId()));
        return byUnit.entrySet().stream().map(entry -> new ContactDisclosure(entry.getKey(), entry.getValue())).toList();
    }

    @Override
    public synchronized void forget(ExpertId expertId) {
        disclosures.removeIf(held -> held.expertId().equals(expertId));
    }
}
