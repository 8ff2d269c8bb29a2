package fi.kokemus.registry.testing;

import fi.kokemus.registry.application.port.out.ContactDisclosures;

class InMemoryContactDisclosuresTest extends ContactDisclosuresContract {

    private final InMemoryContactDisclosures disclosures = new InMemoryContactDisclosures();

    @Override
    protected ContactDisclosures disclosures() {
        return disclosures;
    }
}
