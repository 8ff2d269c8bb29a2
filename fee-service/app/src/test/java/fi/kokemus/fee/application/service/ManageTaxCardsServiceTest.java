package fi.kokemus.fee.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.fee.application.port.in.TaxCardDetails;
import fi.kokemus.fee.application.port.out.InMemoryFeeLineRepository;
import fi.kokemus.fee.application.port.out.InMemoryTariffRepository;
import fi.kokemus.fee.application.port.out.InMemoryTaxCardRepository;
import fi.kokemus.fee.domain.Money;
import fi.kokemus.fee.domain.PaymentSchedules;
import fi.kokemus.fee.domain.PublishedCountyRules;
import fi.kokemus.fee.domain.PublishedTariffs;
import fi.kokemus.fee.domain.TaxCard;
import fi.kokemus.fee.domain.TravelRateTable;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.problem.DomainProblem;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ManageTaxCardsServiceTest {

    private static final TaxCardDetails CARD = new TaxCardDetails(new BigDecimal("12.5"), new BigDecimal("35"),
            2_000_000);
    private static final TaxCard AINOS_CARD = new TaxCard(Approvals.EXPERT, 2025, new BigDecimal("12.5"),
            new BigDecimal("35"), Money.ofCents(2_000_000));

    private final InMemoryFeeLineRepository feeLines = new InMemoryFeeLineRepository();
    private final InMemoryTaxCardRepository taxCards = new InMemoryTaxCardRepository();
    private final ManageTaxCardsService service = new ManageTaxCardsService(taxCards, feeLines);
    private final PriceApprovedWorkService approvals = new PriceApprovedWorkService(feeLines,
            new InMemoryTariffRepository(PublishedTariffs.all()), taxCards, TravelRateTable.PUBLISHED,
            PublishedCountyRules::of, PaymentSchedules.published(), Approvals.RECORDED_IN_JUNE_2025);

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"FINANCE", "ADMIN"})
    void financeEntersAndReadsAnExpertsCard(Role role) {
        ainoWasPaidInSoite();

        assertThat(service.enter(actor(role, "finance.soite"), Approvals.EXPERT, 2025, CARD)).isEqualTo(AINOS_CARD);

        assertThat(service.show(actor(role, "finance.soite"), Approvals.EXPERT, 2025)).isEqualTo(AINOS_CARD);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"COORDINATOR", "ORDERER", "EXPERT", "NGO_PARTNER"})
    void othersNeitherEnterNorReadAnyonesCard(Role role) {
        assertThatThrownBy(() -> service.enter(actor(role, "someone"), Approvals.EXPERT, 2025, CARD))
                .isInstanceOfSatisfying(DomainProblem.class, p -> assertThat(p.code()).isEqualTo("role-required"));
        assertThatThrownBy(() -> service.show(actor(role, "someone"), Approvals.EXPERT, 2025))
                .isInstanceOfSatisfying(DomainProblem.class, p -> assertThat(p.code()).isEqualTo("role-required"));
    }

    @Test
    void anExpertEntersTheirOwnCardOnceFeeServiceKnowsThem() {
        Actor aino = actor(Role.EXPERT, "aino.testinen");
        assertThatThrownBy(() -> service.enterOwn(aino, 2025, CARD))
                .isInstanceOfSatisfying(DomainProblem.class, p -> assertThat(p.code()).isEqualTo("no-fees-yet"));

        ainoWasPaidInSoite();

        assertThat(service.enterOwn(aino, 2025, CARD)).isEqualTo(AINOS_CARD);
        assertThat(service.showOwn(aino, 2025)).isEqualTo(AINOS_CARD);
    }

    @Test
    void aCardEnteredAgainReplacesTheYearsCard() {
        ainoWasPaidInSoite();
        service.enter(actor(Role.FINANCE, "finance.soite"), Approvals.EXPERT, 2025, CARD);

        service.enter(actor(Role.FINANCE, "finance.soite"), Approvals.EXPERT, 2025,
                new TaxCardDetails(BigDecimal.TEN, BigDecimal.TEN, 0));

        assertThat(service.show(actor(Role.FINANCE, "finance.soite"), Approvals.EXPERT, 2025).withholdingPercent())
                .isEqualTo(BigDecimal.TEN);
    }

    @Test
    void aMissingCardIsNotFound() {
        ainoWasPaidInSoite();
        assertThatThrownBy(() -> service.show(actor(Role.FINANCE, "finance.soite"), Approvals.EXPERT, 2024))
                .isInstanceOfSatisfying(DomainProblem.class, p -> assertThat(p.code()).isEqualTo("tax-card-not-found"));
    }

    @Test
    void theRequestOfAFirstFeeWithoutACardStaysOpenUntilACardArrives() {
        Actor finance = actor(Role.FINANCE, "finance.soite");
        ainoWasPaidInSoite();
        approvals.price(Approvals.lecture("a-1", "s2").command());

        assertThat(service.openRequests(finance, 2025)).singleElement()
                .satisfies(request -> assertThat(request.firstFeeLine().value()).isEqualTo("fee-a-1.s1"));
        assertThat(service.openRequests(finance, 2026)).isEmpty();

        service.enter(finance, Approvals.EXPERT, 2025, CARD);

        assertThat(service.openRequests(finance, 2025)).isEmpty();
    }

    @Test
    void badFiguresAreRefused() {
        ainoWasPaidInSoite();
        assertThatThrownBy(() -> service.enter(actor(Role.FINANCE, "finance.soite"), Approvals.EXPERT, 2025,
                new TaxCardDetails(new BigDecimal("101"), BigDecimal.TEN, 0)))
                .isInstanceOfSatisfying(DomainProblem.class, p -> assertThat(p.kind()).isEqualTo(DomainProblem.Kind.INVALID));
    }

    @Test
    void financeHandlesOnlyTheCardsOfExpertsPaidInItsCounty() {
        ainoWasPaidInSoite();
        Actor financeItu = new Actor("sub-finance.itu", "finance.itu", Set.of(Role.FINANCE), "ita-uusimaa", null);

        assertThatThrownBy(() -> service.enter(financeItu, Approvals.EXPERT, 2025, CARD))
                .isInstanceOfSatisfying(DomainProblem.class, p -> assertThat(p.code()).isEqualTo("other-county"));
        assertThatThrownBy(() -> service.show(financeItu, Approvals.EXPERT, 2025))
                .isInstanceOfSatisfying(DomainProblem.class, p -> assertThat(p.code()).isEqualTo("other-county"));
        assertThat(service.openRequests(financeItu, 2025)).isEmpty();
        assertThat(service.openRequests(actor(Role.ADMIN, "admin"), 2025)).hasSize(1);
    }

    /** Aino's first Soite fee, session s1 of 16 June 2025: fee-service now knows her, without a card. */
    private void ainoWasPaidInSoite() {
        approvals.price(Approvals.lecture("a-1", "s1").command());
    }

    private static Actor actor(Role role, String username) {
        return new Actor("sub-" + username, username, Set.of(role), "keski-pohjanmaa", null);
    }
}
