package fi.kokemus.fee.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeeRulesTest {

    private static final TariffHistory SOITE = new TariffHistory("keski-pohjanmaa", List.of(PublishedTariffs.SOITE_2024));
    private static final TariffHistory ITU = new TariffHistory("ita-uusimaa", List.of(new Tariff("ita-uusimaa",
            LocalDate.of(2025, 1, 1), null, Map.of("GROUP_GUIDANCE", TariffRate.perHour(2000)))));
    private static final CountyFeeRules SOITE_RULES = PublishedCountyRules.of("keski-pohjanmaa");
    private static final String LECTURE = "keski-pohjanmaa/LECTURE_REGIONAL/per-occasion@2024-01-01";

    @ParameterizedTest(name = "{0}, peer {1}, waived {2}, reduced {3} → {4} c by {5}")
    @CsvSource({
        "HELD,            false, false,      , 7500, " + LECTURE,
        "NO_PARTICIPANTS, false, false,      , 7500, " + LECTURE,
        "CLIENT_NO_SHOW,  false, false,      , 7500, " + LECTURE,
        // peer support earns no fee, whatever else the report says
        "HELD,            true,  false,      ,    0, peer-support/travel-only",
        "HELD,            true,  false,  5000,    0, peer-support/travel-only",
        // a waived fee leaves the reimbursements only
        "HELD,            false, true,       ,    0, fee-waived/reimbursements-only",
        "CLIENT_NO_SHOW,  false, true,   5000,    0, fee-waived/reimbursements-only",
        // a reduced fee is paid, never more than the tariff
        "HELD,            false, false,  5000, 5000, " + LECTURE + "/reduced-by-expert",
        "HELD,            false, false,     0,    0, " + LECTURE + "/reduced-by-expert",
        "HELD,            false, false,  7500, 7500, " + LECTURE,
        "HELD,            false, false,  9000, 7500, " + LECTURE,
    })
    void approvedWorkEarnsTheTariffUnlessARuleSaysOtherwise(SessionResult result, boolean peer, boolean waived,
            Long reducedCents, long expectedCents, String expectedRule) {
        WorkReport report = new WorkReport(result, peer, waived, reducedCents == null ? null : Money.ofCents(reducedCents),
                TravelClaim.NONE);

        Pricing pricing = FeeRules.forWork(lecture(1), report, SOITE, SOITE_RULES);

        assertThat(pricing).isEqualTo(new Pricing.Priced(Money.ofCents(expectedCents), expectedRule));
    }

    @ParameterizedTest(name = "{0} in a county that does not pay it")
    @CsvSource({"CLIENT_NO_SHOW, client-no-show", "NO_PARTICIPANTS, no-participants"})
    void aCountyMayDecideThatAnOutcomeEarnsNoFee(SessionResult result, String rule) {
        CountyFeeRules strict = new CountyFeeRules("keski-pohjanmaa", PublishedCountyRules.DAY_BEFORE_AT_15,
                false, false, null);

        Pricing pricing = FeeRules.forWork(lecture(1), new WorkReport(result, false, false, null, TravelClaim.NONE),
                SOITE, strict);

        assertThat(pricing).isEqualTo(new Pricing.Priced(Money.ZERO, "keski-pohjanmaa/" + rule + "/no-fee"));
    }

    @Test
    void aReducedFeeOfWorkNoTariffCoversStillNeedsAPerson() {
        Pricing pricing = FeeRules.forWork(occurrence("keski-pohjanmaa", "PANEL_MEMBER", 1, 60),
                new WorkReport(SessionResult.HELD, false, false, Money.ofCents(2000), TravelClaim.NONE), SOITE,
                SOITE_RULES);

        assertThat(pricing).isInstanceOf(Pricing.PricingRequired.class);
    }

    @ParameterizedTest(name = "{0} cancelled at {1}: {2} c")
    @CsvSource({
        // Itä-Uusimaa, hourly: the planned 90 minutes at 20 €/h after the deadline
        "ita-uusimaa,     2025-06-16T11:59:59Z, 0",
        "ita-uusimaa,     2025-06-16T12:00:01Z, 3000",
        // Soite, per occasion: one occasion
        "keski-pohjanmaa, 2025-06-16T11:00:00Z, 0",
        "keski-pohjanmaa, 2025-06-17T06:00:00Z, 7500",
    })
    void anOrdererCancellingAfterTheDeadlinePaysTheAgreedFee(String county, Instant cancelledAt, long cents) {
        Instant startsAt = Instant.parse("2025-06-17T07:00:00Z");
        String taskType = county.equals("ita-uusimaa") ? "GROUP_GUIDANCE" : "LECTURE_REGIONAL";
        Occurrence planned = occurrence(county, taskType, 1, 90);

        Pricing pricing = FeeRules.forOrderCancellation(planned, false, cancelledAt, startsAt,
                county.equals("ita-uusimaa") ? ITU : SOITE, PublishedCountyRules.of(county));

        if (cents == 0) {
            assertThat(pricing).isInstanceOfSatisfying(Pricing.NotPayable.class, notPayable ->
                    assertThat(notPayable.reason()).isEqualTo("Cancelled by the deadline 2025-06-16T12:00:00Z"));
        } else {
            assertThat(pricing).isInstanceOfSatisfying(Pricing.Priced.class, priced -> {
                assertThat(priced.gross()).isEqualTo(Money.ofCents(cents));
                assertThat(priced.tariffRule()).endsWith("/late-cancellation");
            });
        }
    }

    @Test
    void aLateCancellationOfPeerSupportPaysNothing() {
        Pricing pricing = FeeRules.forOrderCancellation(lecture(1), true, Instant.parse("2025-06-17T06:00:00Z"),
                Instant.parse("2025-06-17T07:00:00Z"), SOITE, SOITE_RULES);

        assertThat(pricing).isEqualTo(new Pricing.NotPayable("Peer support earns no fee"));
    }

    @Test
    void aCountyMayChooseAnotherDeadline() {
        CountyFeeRules twoDaysAtNoon = new CountyFeeRules("keski-pohjanmaa",
                new CancellationDeadline(2, LocalTime.NOON), true, true, null);
        Instant startsAt = Instant.parse("2025-06-17T07:00:00Z");

        assertThat(FeeRules.forOrderCancellation(lecture(1), false, Instant.parse("2025-06-15T08:59:59Z"), startsAt,
                SOITE, twoDaysAtNoon)).isInstanceOf(Pricing.NotPayable.class);
        assertThat(FeeRules.forOrderCancellation(lecture(1), false, Instant.parse("2025-06-15T09:00:01Z"), startsAt,
                SOITE, twoDaysAtNoon)).isInstanceOf(Pricing.Priced.class);
    }

    private static Occurrence lecture(int occasions) {
        return occurrence("keski-pohjanmaa", "LECTURE_REGIONAL", occasions, 90);
    }

    private static Occurrence occurrence(String county, String taskType, int occasions, int minutes) {
        return new Occurrence("order-1", "assignment-1", "s1", "expert-1", "aino.testinen", county, "unit-1",
                "CC-1", taskType, LocalDate.of(2025, 6, 17), occasions, minutes);
    }
}
