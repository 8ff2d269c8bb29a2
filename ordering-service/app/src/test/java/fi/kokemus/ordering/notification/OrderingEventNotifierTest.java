package fi.kokemus.ordering.notification;

import static fi.kokemus.ordering.notification.NotificationFixtures.ASSIGNMENT;
import static fi.kokemus.ordering.notification.NotificationFixtures.EXPERT;
import static fi.kokemus.ordering.notification.NotificationFixtures.FIRST;
import static fi.kokemus.ordering.notification.NotificationFixtures.SECOND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.platform.test.MutableClock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OrderingEventNotifierTest {

    private static final String ORDER = "ord-1";

    private final InMemoryExpertAgenda agenda = new InMemoryExpertAgenda();
    private final RecordingMailer mailer = new RecordingMailer();
    private final InMemorySentNotifications sent = new InMemorySentNotifications();
    private final OrderingEventNotifier notifier = new OrderingEventNotifier(new InMemoryOrderFacts(), agenda,
            new NotificationPlanner(new Messages("https://kokemus.example.org")),
            new NotificationSender(new FixedRecipientDirectory(), mailer, sent,
                    new MutableClock(Instant.parse("2027-01-01T00:00:00Z"))));

    @Test
    void anOfferPutsEveryOrderSessionOnTheExpertsAgendaAndMailsTheExpert() {
        notifier.orderPlaced("e1", NotificationFixtures.orderPlaced(ORDER, "COORDINATED"));
        notifier.expertOffered("e2", NotificationFixtures.offered(ORDER));

        assertThat(mailer.addresses()).containsExactly("coordinator.itu@example.org", "deputy.itu@example.org",
                "expert.itu@example.org");
        assertThat(agenda.of(EXPERT)).extracting(AgendaEntry::sessionId, AgendaEntry::status, AgendaEntry::startsAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("s-1", AgendaStatus.OFFERED, FIRST),
                        org.assertj.core.groups.Tuple.tuple("s-2", AgendaStatus.OFFERED, SECOND));
    }

    @Test
    void aRedeliveredEventMailsNobodyTwiceAndMovesNothingTwice() {
        var moved = NotificationFixtures.rescheduled(ORDER, SECOND.plusSeconds(3_600));
        notifier.orderPlaced("e1", NotificationFixtures.orderPlaced(ORDER, "DIRECT"));
        notifier.expertOffered("e2", NotificationFixtures.offered(ORDER));
        notifier.assignmentAccepted("e3", NotificationFixtures.assignment(ORDER));
        notifier.sessionRescheduled("e4", moved);

        notifier.expertOffered("e2", NotificationFixtures.offered(ORDER));
        notifier.assignmentAccepted("e3", NotificationFixtures.assignment(ORDER));
        notifier.sessionRescheduled("e4", moved);

        assertThat(mailer.addresses()).containsExactly("expert.itu@example.org", "orderer.itu@example.org",
                "expert.itu@example.org");
        assertThat(agenda.of(EXPERT)).filteredOn(entry -> entry.sessionId().equals("s-2")).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.sequence()).isEqualTo(1);
                    assertThat(entry.startsAt()).isEqualTo(SECOND.plusSeconds(3_600));
                    assertThat(entry.durationMinutes()).isEqualTo(120);
                    assertThat(entry.status()).isEqualTo(AgendaStatus.ACCEPTED);
                });
    }

    @Test
    void aFailedSendIsRetriedWithoutMailingThoseAlreadyReached() {
        notifier.orderPlaced("e1", NotificationFixtures.orderPlaced(ORDER, "DIRECT"));
        notifier.expertOffered("e2", NotificationFixtures.offered(ORDER));
        notifier.assignmentAccepted("e3", NotificationFixtures.assignment(ORDER));
        mailer.sent.clear();
        var cancelled = NotificationFixtures.assignmentCancelled(ORDER);

        mailer.failOnceFor = "coordinator.itu@example.org";
        assertThatThrownBy(() -> notifier.assignmentCancelled("e5", cancelled)).isInstanceOf(MailNotSentException.class);
        assertThat(mailer.addresses()).containsExactly("orderer.itu@example.org");

        notifier.assignmentCancelled("e5", cancelled);

        assertThat(mailer.addresses()).containsExactly("orderer.itu@example.org", "coordinator.itu@example.org",
                "deputy.itu@example.org");
    }

    @Test
    void aRecipientWithoutAnAddressIsRecordedNotRetriedForever() {
        notifier.orderPlaced("e1", new fi.kokemus.ordering.contract.OrderPlaced(ORDER, "pohjois-pohjanmaa", "unit",
                "unknown.user", "COORDINATED", "EXPERT_BY_EXPERIENCE", "CLIENT_SUPPORT", "", "CLIENTS", "REMOTE", "fi",
                1, "LOCAL", false, true, "CC", NotificationFixtures.SESSIONS, FIRST, 60));

        assertThat(mailer.sent).isEmpty();
        assertThat(sent.deliveries).containsEntry("e1/coordinators:pohjois-pohjanmaa", SentNotifications.Delivery.NO_ADDRESS);
    }

    @Test
    void theAgendaFollowsTheSessionsThroughCancellationOutcomeReportAndReturn() {
        notifier.orderPlaced("e1", NotificationFixtures.orderPlaced(ORDER, "DIRECT"));
        notifier.expertOffered("e2", NotificationFixtures.offered(ORDER));
        notifier.orderConfirmed("e3", NotificationFixtures.confirmed(ORDER));
        notifier.sessionOutcome("e4", NotificationFixtures.held(ORDER, "s-1", FIRST));
        notifier.groupEndedEarly("e5", NotificationFixtures.groupEndedEarly(ORDER));

        assertThat(agenda.of(EXPERT)).extracting(AgendaEntry::status, AgendaEntry::everAccepted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AgendaStatus.HELD, true),
                        org.assertj.core.groups.Tuple.tuple(AgendaStatus.CANCELLED, true));

        notifier.workReported("e6", NotificationFixtures.reported(ORDER, "s-1", FIRST));
        assertThat(agenda.of(EXPERT).get(0).status()).isEqualTo(AgendaStatus.REPORTED);
        notifier.workReturned("e7", new fi.kokemus.ordering.contract.WorkReturned(ORDER, ASSIGNMENT, "s-1", "exp-1",
                NotificationFixtures.COUNTY, "orderer.itu", FIRST.plusSeconds(86_400)));
        assertThat(agenda.of(EXPERT).get(0).status()).isEqualTo(AgendaStatus.HELD);
    }

    @Test
    void aDeclinedOfferNeverCountsAsAcceptedEvenIfTheOrderIsCancelledLater() {
        notifier.orderPlaced("e1", NotificationFixtures.orderPlaced(ORDER, "DIRECT"));
        notifier.expertOffered("e2", NotificationFixtures.offered(ORDER));
        notifier.assignmentDeclined("e3", NotificationFixtures.assignment(ORDER));
        notifier.orderCancelled("e4", NotificationFixtures.orderCancelled(ORDER, NotificationFixtures.SESSIONS));

        assertThat(agenda.of(EXPERT)).extracting(AgendaEntry::status).containsOnly(AgendaStatus.DECLINED);
        assertThat(agenda.of(EXPERT)).noneMatch(AgendaEntry::everAccepted);
    }
}
