package fi.kokemus.registry.testing;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kokemus.registry.application.port.out.ContactDisclosure;
import fi.kokemus.registry.application.port.out.ContactDisclosures;
import fi.kokemus.registry.domain.ExpertId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every {@link ContactDisclosures} adapter must do; run against each of them. */
public abstract class ContactDisclosuresContract {

    private static final String MENTAL_HEALTH = "soite-mental-health-unit";
    private static final String CHILD_WELFARE = "soite-child-welfare-unit";

    private final ExpertId aino = ExpertId.random();
    private final ExpertId olli = ExpertId.random();

    protected abstract ContactDisclosures disclosures();

    @Test
    void aUnitSeesTheContactDetailsOfAnExpertWhoAcceptedItsTask() {
        disclosures().discloseTo(aino, MENTAL_HEALTH, "A-1");
        disclosures().discloseTo(aino, MENTAL_HEALTH, "A-1");

        assertThat(disclosures().isDisclosedTo(aino, MENTAL_HEALTH)).isTrue();
        assertThat(disclosures().isDisclosedTo(aino, CHILD_WELFARE)).isFalse();
        assertThat(disclosures().isDisclosedTo(olli, MENTAL_HEALTH)).isFalse();
        assertThat(disclosures().findByExpert(aino)).containsExactly(new ContactDisclosure(MENTAL_HEALTH, Set.of("A-1")));
    }

    @Test
    void withdrawingTheOnlyAssignmentEndsTheDisclosure() {
        disclosures().discloseTo(aino, MENTAL_HEALTH, "A-1");
        disclosures().discloseTo(olli, MENTAL_HEALTH, "O-1");

        disclosures().withdraw(aino, "A-1");
        disclosures().withdraw(aino, "A-1");

        assertThat(disclosures().isDisclosedTo(aino, MENTAL_HEALTH)).isFalse();
        assertThat(disclosures().findByExpert(aino)).isEmpty();
        assertThat(disclosures().isDisclosedTo(olli, MENTAL_HEALTH)).isTrue();
    }

    @Test
    void theDisclosureStandsWhileAnotherAssignmentForTheUnitStands() {
        disclosures().discloseTo(aino, MENTAL_HEALTH, "A-1");
        disclosures().discloseTo(aino, MENTAL_HEALTH, "A-2");
        disclosures().discloseTo(aino, CHILD_WELFARE, "A-3");

        disclosures().withdraw(aino, "A-1");

        assertThat(disclosures().findByExpert(aino)).containsExactly(
                new ContactDisclosure(CHILD_WELFARE, Set.of("A-3")), new ContactDisclosure(MENTAL_HEALTH, Set.of("A-2")));
    }

    @Test
    void forgettingAnExpertEndsEveryDisclosureOfTheirs() {
        disclosures().discloseTo(aino, MENTAL_HEALTH, "A-1");
        disclosures().discloseTo(aino, CHILD_WELFARE, "A-2");
        disclosures().discloseTo(olli, MENTAL_HEALTH, "O-1");

        disclosures().forget(aino);

        assertThat(disclosures().findByExpert(aino)).isEmpty();
        assertThat(disclosures().isDisclosedTo(olli, MENTAL_HEALTH)).isTrue();
    }
}
