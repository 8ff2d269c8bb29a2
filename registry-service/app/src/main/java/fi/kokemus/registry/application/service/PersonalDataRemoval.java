package fi.kokemus.registry.application.service;

import fi.kokemus.platform.problem.DomainProblem;
import fi.kokemus.registry.application.port.out.ContactDisclosures;
import fi.kokemus.registry.application.port.out.ExpertRepository;
import fi.kokemus.registry.domain.Expert;

/**
 * Completes an erasure in the registry: the record becomes a tombstone and nobody keeps a
 * disclosure of the contact details. The audit log stays: its entries hold the expert's id and
 * who read the record, nothing about the person.
 */
final class PersonalDataRemoval {

    private final ExpertRepository experts;
    private final ContactDisclosures disclosures;

    PersonalDataRemoval(ExpertRepository experts, ContactDisclosures disclosures) {
        this.experts = experts;
        this.disclosures = disclosures;
    }

    /** Stores an expert that was just erased or retired by a merge. */
    void saveErased(Expert expert) {
        experts.save(expert);
        disclosures.forget(expert.id());
    }

    static void requireConfirmed(boolean confirmed, String detail) {
        if (!confirmed) {
            throw DomainProblem.conflict("erasure-needs-confirmation", detail);
        }
    }
}
