package fi.kokemus.feedback.followup;

import fi.kokemus.fee.contract.BatchClosed;
import fi.kokemus.fee.contract.FeeApproved;
import fi.kokemus.fee.contract.FeeEvents;
import fi.kokemus.feedback.domain.Respondent;
import fi.kokemus.ordering.contract.ExpertRef;
import fi.kokemus.ordering.contract.OrderCancelled;
import fi.kokemus.ordering.contract.OrderConfirmed;
import fi.kokemus.ordering.contract.OrderPlaced;
import fi.kokemus.ordering.contract.OrderingEvents;
import fi.kokemus.ordering.contract.SessionOutcome;
import fi.kokemus.ordering.contract.SessionTime;
import fi.kokemus.platform.events.EventContract;
import fi.kokemus.registry.contract.ExpertErased;
import fi.kokemus.registry.contract.ExpertPublicProfile;
import fi.kokemus.registry.contract.RegistryEvents;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A synthetic year of Soite's (keski-pohjanmaa) work, played through the service's consumers: what
 * the follow-up of 2026 must count, and what it must leave out (another county, the first minutes
 * of 2027 in Finnish time, a cancelled group, an erased expert, redelivered events).
 */
final class FollowUpYear {

    static final String SOITE = "keski-pohjanmaa";
    static final String ITU = "ita-uusimaa";
    static final String UNIT = "soite-mental-health-unit";
    static final String AINO = "expert-aino";
    static final String BERTTA = "expert-bertta";
    static final String CECILIA = "expert-cecilia";
    static final String DORIS = "expert-doris";
    static final String EEVA = "expert-eeva";
    static final String FANNY = "expert-fanny";

    private final FollowUpWiring wiring;

    FollowUpYear(FollowUpWiring wiring) {
        this.wiring = wiring;
    }

    void play() {
        experts();
        orders();
        fees();
        answers();
    }

    private void experts() {
        profile(AINO, "Aino T.", "ngo-keski", SOITE, List.of(), true);
        profile(BERTTA, "Bertta K.", "ngo-keski", SOITE, List.of(), true);
        // Lives in Itä-Uusimaa and works for Soite under a contract.
        profile(CECILIA, "Cecilia V.", "ngo-ita", ITU,
                List.of(new ExpertPublicProfile.AssignmentContract(SOITE, LocalDate.parse("2026-01-01"), null)), true);
        profile(DORIS, "Doris L.", "ngo-keski", SOITE, List.of(), false);
        profile(EEVA, "Eeva M.", "ngo-keski", SOITE, List.of(), true);
        profile(FANNY, "Fanny R.", "ngo-ita", ITU, List.of(), true);
        wiring.clock.advance(Duration.ofMinutes(1));
        wiring.toFollowUp(RegistryEvents.EXPERT_ERASED, EEVA, SOITE, new ExpertErased(EEVA));
        // Redelivered: changes nothing.
        profile(BERTTA, "Bertta K.", "ngo-keski", SOITE, List.of(), true);
    }

    private void orders() {
        // A lecture held on site with 25 listeners.
        order("o-1", "LECTURE_REGIONAL", "PROFESSIONALS", "ON_SITE", false,
                List.of(session("s-1", "2026-03-10T10:00:00Z")), List.of(expert("a-1", AINO)));
        // One-to-one client work, remote: one meeting held, the client missed the next.
        order("o-2", "CLIENT_SUPPORT", "CLIENTS", "REMOTE", true,
                List.of(session("s-1", "2026-04-01T09:00:00Z"), session("s-2", "2026-04-08T09:00:00Z")),
                List.of(expert("a-2", CECILIA)));
        // A co-led group cancelled before it met: two experts, one session.
        order("o-3", "GROUP_CO_LEADING", "CLIENTS", "ON_SITE", false,
                List.of(session("s-1", "2026-05-05T12:00:00Z")), List.of(expert("a-3", AINO), expert("a-4", BERTTA)));
        // 00:30 on New Year's Day 2027 in Finland: outside the year.
        order("o-4", "DEVELOPMENT_GROUP", "PROFESSIONALS", "REMOTE", false,
                List.of(session("s-1", "2026-12-31T22:30:00Z")), List.of(expert("a-5", AINO)));
        // 00:30 on New Year's Day 2026 in Finland: inside the year; nobody came.
        order("o-5", "LECTURE_REGIONAL", "STUDENTS", "ON_SITE", false,
                List.of(session("s-1", "2025-12-31T22:30:00Z")), List.of(expert("a-6", CECILIA)));
        // Another county's work.
        order("o-6", "LECTURE_NATIONAL", "PUBLIC", "ON_SITE", false, ITU, "itu-social-work-unit",
                List.of(session("s-1", "2026-06-01T10:00:00Z")), List.of(expert("a-7", CECILIA)));

        wiring.clock.set(Instant.parse("2026-05-01T08:00:00Z"));
        SessionTime cancelled = session("s-1", "2026-05-05T12:00:00Z");
        wiring.ordering(OrderingEvents.ORDER_CANCELLED, "o-3", SOITE, new OrderCancelled("o-3", SOITE, UNIT, "KP-4100",
                "EXPERT_BY_EXPERIENCE", "GROUP_CO_LEADING", "LOCAL", false, "orderer.soite", wiring.clock.instant(),
                "The group did not gather", List.of(cancelled), List.of(expert("a-3", AINO), expert("a-4", BERTTA))));

        wiring.clock.set(Instant.parse("2027-01-10T08:00:00Z"));
        held("o-1", SOITE, "s-1", "2026-03-10T10:00:00Z", "a-1", AINO, "LECTURE_REGIONAL", "PROFESSIONALS", "ON_SITE",
                "HELD", 25);
        held("o-2", SOITE, "s-1", "2026-04-01T09:00:00Z", "a-2", CECILIA, "CLIENT_SUPPORT", "CLIENTS", "REMOTE",
                "HELD", 1);
        held("o-2", SOITE, "s-2", "2026-04-08T09:00:00Z", "a-2", CECILIA, "CLIENT_SUPPORT", "CLIENTS", "REMOTE",
                "CLIENT_NO_SHOW", 0);
        held("o-4", SOITE, "s-1", "2026-12-31T22:30:00Z", "a-5", AINO, "DEVELOPMENT_GROUP", "PROFESSIONALS",
                "REMOTE", "HELD", 8);
        held("o-5", SOITE, "s-1", "2025-12-31T22:30:00Z", "a-6", CECILIA, "LECTURE_REGIONAL", "STUDENTS", "ON_SITE",
                "NO_PARTICIPANTS", 0);
        held("o-6", ITU, "s-1", "2026-06-01T10:00:00Z", "a-7", CECILIA, "LECTURE_NATIONAL", "PUBLIC", "ON_SITE",
                "HELD", 40);
        // Redelivered report: counted once.
        held("o-1", SOITE, "s-1", "2026-03-10T10:00:00Z", "a-1", AINO, "LECTURE_REGIONAL", "PROFESSIONALS", "ON_SITE",
                "HELD", 25);
    }

    private void fees() {
        FeeApproved lecture = fee("fee-a-1.s-1", AINO, SOITE, "LECTURE_REGIONAL", "2026-03-10", 7500, 1234, 0, null);
        wiring.toFollowUp(FeeEvents.FEE_APPROVED, lecture.feeLineId(), SOITE, lecture);
        wiring.toFollowUp(FeeEvents.FEE_APPROVED, lecture.feeLineId(), SOITE, lecture);
        FeeApproved client = fee("fee-a-2.s-1", CECILIA, SOITE, "CLIENT_SUPPORT", "2026-04-01", 3000, 0, 56, null);
        wiring.toFollowUp(FeeEvents.FEE_APPROVED, client.feeLineId(), SOITE, client);
        FeeApproved noShow = fee("fee-a-2.s-2", CECILIA, SOITE, "CLIENT_SUPPORT", "2026-04-08", 3000, 0, 0, null);
        wiring.toFollowUp(FeeEvents.FEE_APPROVED, noShow.feeLineId(), SOITE, noShow);
        FeeApproved reversal = fee("fee-a-2.s-2.reversal", CECILIA, SOITE, "CLIENT_SUPPORT", "2026-04-08", -3000, 0, 0,
                "fee-a-2.s-2");
        wiring.toFollowUp(FeeEvents.FEE_REVERSED, reversal.feeLineId(), SOITE, reversal);
        FeeApproved nextYear = fee("fee-a-5.s-1", AINO, SOITE, "DEVELOPMENT_GROUP", "2027-01-01", 5000, 0, 0, null);
        wiring.toFollowUp(FeeEvents.FEE_APPROVED, nextYear.feeLineId(), SOITE, nextYear);
        FeeApproved otherCounty = fee("fee-a-7.s-1", CECILIA, ITU, "LECTURE_NATIONAL", "2026-06-01", 10000, 0, 0, null);
        wiring.toFollowUp(FeeEvents.FEE_APPROVED, otherCounty.feeLineId(), ITU, otherCounty);

        BatchClosed april = batch(SOITE + "/2026-04", SOITE, "2026-04", "2026-04-30", 2, 10500, 9000);
        wiring.toFollowUp(FeeEvents.BATCH_CLOSED, april.batchId(), SOITE, april);
        wiring.toFollowUp(FeeEvents.BATCH_CLOSED, april.batchId(), SOITE, april);
        BatchClosed january = batch(SOITE + "/2027-01", SOITE, "2027-01", "2027-01-29", 1, 5000, 2000);
        wiring.toFollowUp(FeeEvents.BATCH_CLOSED, january.batchId(), SOITE, january);
    }

    private void answers() {
        wiring.clock.set(Instant.parse("2027-01-15T08:00:00Z"));
        listener("a-1", "5", "5");
        listener("a-1", "4", "");
        listener("a-1", "4", "3");
        listener("a-1", "3", "");
        listener("a-6", "2", "");
        orderer("a-1", "s-1", "5", "4", "5");
        orderer("a-2", "s-1", "4", "4", "3");
        orderer("a-2", "s-2", "3", "2", "4");
        wiring.answer("a-2", "s-1", Respondent.CLIENT, Map.of("overall", "5", "heard", "5"));
    }

    private void listener(String assignmentId, String overall, String useful) {
        wiring.answer(assignmentId, "s-1", Respondent.LISTENER,
                Map.of("overall", overall, "useful", useful, "comment", "Kiitos <script>alert(1)</script>"));
    }

    private void orderer(String assignmentId, String sessionId, String overall, String goalsMet, String cooperation) {
        wiring.answer(assignmentId, sessionId, Respondent.ORDERER,
                Map.of("overall", overall, "goals-met", goalsMet, "cooperation", cooperation));
    }

    private void profile(String id, String name, String organisation, String home,
            List<ExpertPublicProfile.AssignmentContract> contracts, boolean active) {
        wiring.toFollowUp(RegistryEvents.EXPERT_REGISTERED, id, home, new ExpertPublicProfile(id, id + ".user", name, home,
                organisation, Set.of(organisation), Set.of("EXPERT_BY_EXPERIENCE"), Set.of("MENTAL_HEALTH"), Set.of(),
                Set.of("fi"), "272", Set.of("LECTURE_REGIONAL"), active, true, !contracts.isEmpty(), List.of(),
                contracts));
    }

    private void order(String orderId, String taskType, String audience, String mode, boolean clientWork,
            List<SessionTime> sessions, List<ExpertRef> experts) {
        order(orderId, taskType, audience, mode, clientWork, SOITE, UNIT, sessions, experts);
    }

    private void order(String orderId, String taskType, String audience, String mode, boolean clientWork, String county,
            String unit, List<SessionTime> sessions, List<ExpertRef> experts) {
        wiring.ordering(OrderingEvents.ORDER_PLACED, orderId, county, new OrderPlaced(orderId, county, unit,
                "orderer.soite", "COORDINATED", "EXPERT_BY_EXPERIENCE", taskType, "MENTAL_HEALTH", audience, mode, "fi",
                experts.size(), "LOCAL", false, clientWork, "KP-4100", sessions, sessions.get(0).startsAt(), 90));
        wiring.ordering(OrderingEvents.ORDER_CONFIRMED, orderId, county, new OrderConfirmed(orderId, county, unit,
                experts, sessions, wiring.clock.instant()));
    }

    private void held(String orderId, String county, String sessionId, String startsAt, String assignmentId,
            String expertId, String taskType, String audience, String mode, String outcome, int participants) {
        EventContract<SessionOutcome> reported = "CLIENT_NO_SHOW".equals(outcome) ? OrderingEvents.CLIENT_NO_SHOW
                : OrderingEvents.SESSION_HELD;
        wiring.ordering(reported, orderId, county, new SessionOutcome(orderId, county, UNIT, sessionId, assignmentId,
                expertId, expertId + ".user", taskType, audience, mode, Instant.parse(startsAt), outcome, participants));
    }

    private static SessionTime session(String id, String startsAt) {
        return new SessionTime(id, Instant.parse(startsAt), 90);
    }

    private static ExpertRef expert(String assignmentId, String expertId) {
        return new ExpertRef(assignmentId, expertId, expertId + ".user");
    }

    private static FeeApproved fee(String id, String expertId, String county, String taskType, String earningDate,
            long grossCents, long taxFreeCents, long taxableCents, String reverses) {
        String assignment = id.substring("fee-".length(), id.indexOf('.'));
        return new FeeApproved(id, expertId, county, UNIT, "KP-4100", "order", assignment, taskType,
                LocalDate.parse(earningDate), 1, grossCents, "EUR", county + "/" + taskType + "/per-occasion@2024-01-01",
                "s-1", reverses == null ? "APPROVED_WORK" : "REVERSAL", 90, "LECTURE_FEE", 0, "no tax card: 60 %",
                grossCents + taxableCents, taxFreeCents, taxableCents, reverses);
    }

    private static BatchClosed batch(String id, String county, String month, String paymentDate, int lines,
            long grossCents, long payoutCents) {
        return new BatchClosed(id, county, month, LocalDate.parse(paymentDate), Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-01-02T00:00:00Z"), lines, grossCents, 0, grossCents, 0, 0, payoutCents, "EUR");
    }
}
