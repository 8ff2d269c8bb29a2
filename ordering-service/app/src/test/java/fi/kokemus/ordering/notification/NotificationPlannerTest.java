package fi.kokemus.ordering.notification;

import static fi.kokemus.ordering.notification.NotificationFixtures.COUNTY;
import static fi.kokemus.ordering.notification.NotificationFixtures.EXPERT;
import static fi.kokemus.ordering.notification.NotificationFixtures.ORDERER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NotificationPlannerTest {

    private static final String ORDER = "ord-1";
    private static final Recipient.Account TO_EXPERT = new Recipient.Account(EXPERT);
    private static final Recipient.Account TO_ORDERER = new Recipient.Account(ORDERER);
    private static final Recipient.Coordinators TO_COORDINATORS = new Recipient.Coordinators(COUNTY);

    private final NotificationPlanner planner = new NotificationPlanner(new Messages("https://kokemus.example.org/"));
    private final Optional<OrderFacts> order = Optional.of(new OrderFacts(ORDER, COUNTY, ORDERER, "GROUP_CO_LEADING",
            false, NotificationFixtures.SESSIONS));

    @Test
    void aCoordinatedOrderGoesToTheCountysCoordinatorsQueue() {
        List<Notification> notifications = planner.orderPlaced("e1", NotificationFixtures.orderPlaced(ORDER, "COORDINATED"));

        assertThat(notifications).extracting(Notification::recipient).containsExactly(TO_COORDINATORS);
        Message message = notifications.get(0).message();
        assertThat(message.subject()).startsWith("Uusi tilaus jonossa");
        assertThat(message.body()).contains("Ryhmän ohjaaminen työparina", "14.1.2027 klo 10.00",
                "https://kokemus.example.org/ordering/orders/ord-1", "Gruppledning i par", "14.1.2027 kl. 10.00");
    }

    @Test
    void aDirectOrderSkipsTheQueueSoCoordinatorsHearNothing() {
        assertThat(planner.orderPlaced("e1", NotificationFixtures.orderPlaced(ORDER, "DIRECT"))).isEmpty();
    }

    @Test
    void anOfferTellsTheExpertTaskTimePlaceAndByWhenAndWhereToAnswer() {
        List<Notification> notifications = planner.expertOffered("e2", NotificationFixtures.offered(ORDER), order);

        assertThat(notifications).extracting(Notification::recipient).containsExactly(TO_EXPERT);
        assertThat(notifications.get(0).key()).isEqualTo("e2/user:expert.itu");
        assertThat(notifications.get(0).message().body())
                .contains("Tehtävä: Ryhmän ohjaaminen työparina", "Aika: 14.1.2027 klo 10.00 (yhteensä 2 kertaa)",
                        "Paikka: paikan päällä", "Plats: på plats",
                        "Hyväksy tai hylkää tarjous järjestelmässä viimeistään 10.1.2027 klo 16.00",
                        "senast 10.1.2027 kl. 16.00")
                .doesNotContain(ORDERER, "Päihdetyö", "itu-social-work-unit");
    }

    @Test
    void theOrdererHearsTheExpertsAnswer() {
        var answer = NotificationFixtures.assignment(ORDER);

        assertThat(planner.assignmentAccepted("e3", answer, order)).singleElement().satisfies(n -> {
            assertThat(n.recipient()).isEqualTo(TO_ORDERER);
            assertThat(n.message().subject()).startsWith("Asiantuntija hyväksyi tehtävän");
        });
        assertThat(planner.assignmentDeclined("e4", answer, order)).singleElement().satisfies(n -> {
            assertThat(n.recipient()).isEqualTo(TO_ORDERER);
            assertThat(n.message().subject()).startsWith("Asiantuntija ei ottanut tehtävää vastaan");
        });
    }

    @Test
    void anAnswerToAnOrderNeverSeenPlacedHasNoKnownOrdererToTell() {
        assertThat(planner.assignmentAccepted("e3", NotificationFixtures.assignment(ORDER), Optional.empty())).isEmpty();
    }

    @Test
    void theExpertsHearOfAMovedSessionWithBothTimes() {
        var moved = NotificationFixtures.rescheduled(ORDER, Instant.parse("2027-01-22T12:30:00Z"));

        assertThat(planner.sessionRescheduled("e5", moved, order)).singleElement().satisfies(n -> {
            assertThat(n.recipient()).isEqualTo(TO_EXPERT);
            assertThat(n.message().body()).contains("Aiempi aika: 21.1.2027 klo 10.00", "Uusi aika: 22.1.2027 klo 14.30");
        });
    }

    @Test
    void theExpertsHearTheUnitCancelledAndOfAGroupEndedEarly() {
        assertThat(planner.orderCancelled("e6", NotificationFixtures.orderCancelled(ORDER, NotificationFixtures.SESSIONS)))
                .singleElement().satisfies(n -> {
                    assertThat(n.recipient()).isEqualTo(TO_EXPERT);
                    assertThat(n.message().body()).contains("Tilaava yksikkö perui", "(2 kertaa)")
                            .doesNotContain("Ryhmä ei toteudu");
                });
        assertThat(planner.groupEndedEarly("e7", NotificationFixtures.groupEndedEarly(ORDER), order))
                .singleElement().satisfies(n -> {
                    assertThat(n.recipient()).isEqualTo(TO_EXPERT);
                    assertThat(n.message().body()).contains("päätettiin ennen aikojaan; 1 sovittua kertaa");
                });
    }

    @Test
    void anExpertsCancellationReachesTheOrdererAndTheCoordinatorsForABackup() {
        List<Notification> notifications = planner.assignmentCancelled("e8",
                NotificationFixtures.assignmentCancelled(ORDER), order);

        assertThat(notifications).extracting(Notification::recipient).containsExactly(TO_ORDERER, TO_COORDINATORS);
        assertThat(notifications).extracting(Notification::key)
                .containsExactly("e8/user:orderer.itu", "e8/coordinators:ita-uusimaa");
        assertThat(notifications.get(0).message().body()).contains("Varahenkilön haku on avattu").doesNotContain("ILLNESS");
        assertThat(notifications.get(1).message().subject()).startsWith("Varahenkilöä tarvitaan");
    }

    @Test
    void reportedWorkAwaitsTheOrderersApproval() {
        var report = NotificationFixtures.reported(ORDER, "s-1", NotificationFixtures.FIRST);

        assertThat(planner.workReported("e9", report, order)).singleElement().satisfies(n -> {
            assertThat(n.recipient()).isEqualTo(TO_ORDERER);
            assertThat(n.message().body()).contains("kerran 14.1.2027 klo 10.00", "hyväksy");
        });
    }
}
