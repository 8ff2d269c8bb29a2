package fi.kokemus.registry.adapter.out.mongo;

import fi.kokemus.registry.application.port.out.ContactDisclosures;
import fi.kokemus.registry.testing.ContactDisclosuresContract;
import org.junit.jupiter.api.BeforeEach;

class MongoContactDisclosuresTest extends ContactDisclosuresContract {

    private MongoContactDisclosures disclosures;

    @BeforeEach
    void freshDatabase() {
        disclosures = new MongoContactDisclosures(MongoTestDatabase.fresh());
    }

    @Override
    protected ContactDisclosures disclosures() {
        return disclosures;
    }
}
