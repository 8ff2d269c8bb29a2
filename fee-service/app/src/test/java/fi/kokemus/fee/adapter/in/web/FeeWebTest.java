package fi.kokemus.fee.adapter.in.web;

import static fi.kokemus.fee.WorkFixtures.ITU;
import static fi.kokemus.fee.WorkFixtures.SOITE;
import static fi.kokemus.fee.WorkFixtures.work;
import static fi.kokemus.platform.test.TestActors.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.kokemus.fee.WorkFixtures;
import fi.kokemus.fee.application.port.out.FeeLineRepository;
import fi.kokemus.fee.application.port.out.TariffRepository;
import fi.kokemus.fee.application.port.out.TaxCardRepository;
import fi.kokemus.fee.domain.FeeLineId;
import fi.kokemus.fee.domain.TaxCardRequest;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.test.ServiceWebTest;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The HTTP API against the real stack over the wire server; Kafka is not needed to read fees. */
@ServiceWebTest
@TestPropertySource(properties = "spring.mongodb.database=fee-web-test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeeWebTest {

    private static final RequestPostProcessor FINANCE_SOITE = as("finance.soite", Role.FINANCE, SOITE, null);
    private static final RequestPostProcessor COORDINATOR_SOITE =
            as("coordinator.soite", Role.COORDINATOR, SOITE, "soite-coordination");
    private static final RequestPostProcessor ADMIN = as("admin", Role.ADMIN, null, null);

    @Autowired
    private MockMvc mvc;
    @Autowired
    private FeeLineRepository feeLines;
    @Autowired
    private TariffRepository tariffs;
    @Autowired
    private TaxCardRepository taxCards;

    @BeforeAll
    void storeLinesOfTwoCounties() {
        feeLines.addIfAbsent(WorkFixtures.tariffLine(work(SOITE, "soite-june", "LECTURE_REGIONAL", 2, LocalDate.of(2025, 6, 16)),
                tariffs.historyOf(SOITE)));
        feeLines.addIfAbsent(WorkFixtures.tariffLine(work(SOITE, "soite-july", "CLIENT_SUPPORT", 1, LocalDate.of(2025, 7, 1)),
                tariffs.historyOf(SOITE)));
        feeLines.addIfAbsent(WorkFixtures.tariffLine(work(ITU, "itu-june", "GROUP_GUIDANCE", 1, LocalDate.of(2025, 6, 10)),
                tariffs.historyOf(ITU)));
    }

    @Test
    void financeListsTheirCountysLinesByDefault() throws Exception {
        mvc.perform(get("/api/fees/lines").with(FINANCE_SOITE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].id").value("fee-soite-june.s1"))
                .andExpect(jsonPath("$[0].state").value("PRICED"))
                .andExpect(jsonPath("$[0].grossCents").value(15000))
                .andExpect(jsonPath("$[0].currency").value("EUR"))
                .andExpect(jsonPath("$[0].earningDate").value("2025-06-16"))
                .andExpect(jsonPath("$[0].taxYear").value(2025))
                .andExpect(jsonPath("$[0].tariffRule").value("keski-pohjanmaa/LECTURE_REGIONAL/per-occasion@2024-01-01"))
                .andExpect(jsonPath("$[0].sessionId").value("s1"))
                .andExpect(jsonPath("$[0].basis").value("APPROVED_WORK"))
                .andExpect(jsonPath("$[0].incomeType").value("LECTURE_FEE"))
                .andExpect(jsonPath("$[0].withholdingCents").value(0))
                .andExpect(jsonPath("$[0].netCents").value(15000))
                .andExpect(jsonPath("$[0].payoutCents").value(15000))
                .andExpect(jsonPath("$[1].id").value("fee-soite-july.s1"));
    }

    @Test
    void theListIsLimitedToTheEarningPeriod() throws Exception {
        mvc.perform(get("/api/fees/lines").param("from", "2025-06-01").param("to", "2025-06-30").with(FINANCE_SOITE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value("fee-soite-june.s1"));
    }

    @Test
    void financeCannotListAnotherCounty() throws Exception {
        mvc.perform(get("/api/fees/lines").param("county", ITU).with(FINANCE_SOITE))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:other-county"));
    }

    @Test
    void anAdminListsAnyCounty() throws Exception {
        mvc.perform(get("/api/fees/lines").param("county", ITU).with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].state").value("PRICING_REQUIRED"))
                .andExpect(jsonPath("$[0].grossCents").doesNotExist())
                .andExpect(jsonPath("$[0].pricingNote").value("Tariff ita-uusimaa/2024-01-01 is an example, not the "
                        + "county's decision: ita-uusimaa/GROUP_GUIDANCE/per-hour@2024-01-01 would pay 3000 c"));
        mvc.perform(get("/api/fees/lines").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3));
    }

    @Test
    void theCountysCoordinatorReadsALine() throws Exception {
        mvc.perform(get("/api/fees/lines/fee-soite-june.s1").with(COORDINATOR_SOITE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assignmentId").value("soite-june"))
                .andExpect(jsonPath("$.occasions").value(2));
    }

    @Test
    void aCoordinatorCannotReadAnotherCountysLine() throws Exception {
        mvc.perform(get("/api/fees/lines/fee-itu-june.s1").with(COORDINATOR_SOITE))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:other-county"));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ORDERER", "EXPERT", "NGO_PARTNER"})
    void othersReadNoFeeLines(Role role) throws Exception {
        RequestPostProcessor other = as("someone", role, SOITE, "ngo-keski");
        mvc.perform(get("/api/fees/lines").with(other))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:role-required"));
        mvc.perform(get("/api/fees/lines/fee-soite-june.s1").with(other))
                .andExpect(status().isForbidden());
    }

    @Test
    void anUnknownLineIsNotFound() throws Exception {
        mvc.perform(get("/api/fees/lines/fee-nothing").with(FINANCE_SOITE))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:fee-line-not-found"));
        mvc.perform(get("/api/fees/lines/assignment-1").with(FINANCE_SOITE))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:invalid-fee-line-id"));
    }

    @Test
    void badPeriodsAreRefused() throws Exception {
        mvc.perform(get("/api/fees/lines").param("from", "2025-07-01").param("to", "2025-06-01").with(FINANCE_SOITE))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:invalid-period"))
                .andExpect(jsonPath("$.field").value("to"));
        mvc.perform(get("/api/fees/lines").param("from", "1.6.2025").with(FINANCE_SOITE))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("from"));
    }

    @Test
    void aTokenIsRequired() throws Exception {
        mvc.perform(get("/api/fees/lines"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"COORDINATOR", "ORDERER", "FINANCE", "ADMIN"})
    void countyStaffReadTheSoiteTariff(Role role) throws Exception {
        mvc.perform(get("/api/fees/tariffs/keski-pohjanmaa").with(as("staff", role, ITU, null)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.county").value(SOITE))
                .andExpect(jsonPath("$.versions.length()").value(1))
                .andExpect(jsonPath("$.versions[0].validFrom").value("2024-01-01"))
                .andExpect(jsonPath("$.versions[0].validUntil").isEmpty())
                .andExpect(jsonPath("$.versions[0].example").value(false))
                .andExpect(jsonPath("$.versions[0].rates.length()").value(7))
                .andExpect(jsonPath("$.versions[0].rates[?(@.taskType=='LECTURE_NATIONAL')].amountCents").value(10000))
                .andExpect(jsonPath("$.versions[0].rates[?(@.taskType=='LECTURE_NATIONAL')].unit").value("PER_OCCASION"));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"EXPERT", "NGO_PARTNER"})
    void othersReadNoTariffs(Role role) throws Exception {
        mvc.perform(get("/api/fees/tariffs/keski-pohjanmaa").with(as("someone", role, SOITE, "ngo-keski")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:role-required"));
    }

    @Test
    void financeEntersAndReadsAnExpertsTaxCard() throws Exception {
        mvc.perform(put("/api/fees/tax-cards/expert-aino-testinen/2025").with(FINANCE_SOITE)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"withholdingPercent\":12.5,\"additionalPercent\":35,\"incomeLimitCents\":2000000}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.expertId").value("expert-aino-testinen"))
                .andExpect(jsonPath("$.withholdingPercent").value(12.5));
        mvc.perform(get("/api/fees/tax-cards/expert-aino-testinen/2025").with(FINANCE_SOITE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2025))
                .andExpect(jsonPath("$.additionalPercent").value(35))
                .andExpect(jsonPath("$.incomeLimitCents").value(2000000));
    }

    @Test
    void anExpertEntersAndReadsTheirOwnTaxCard() throws Exception {
        RequestPostProcessor aino = as(WorkFixtures.USERNAME, Role.EXPERT, SOITE, "ngo-keski");
        mvc.perform(put("/api/fees/tax-cards/mine/2026").with(aino).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"withholdingPercent\":10,\"additionalPercent\":30,\"incomeLimitCents\":500000}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.expertId").value(WorkFixtures.EXPERT));
        mvc.perform(get("/api/fees/tax-cards/mine/2026").with(aino))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.withholdingPercent").value(10));
        mvc.perform(get("/api/fees/tax-cards/expert-aino-testinen/2026").with(aino))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:role-required"));
    }

    @Test
    void badTaxCardsAreRefused() throws Exception {
        mvc.perform(put("/api/fees/tax-cards/expert-aino-testinen/2025").with(FINANCE_SOITE)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"withholdingPercent\":120,\"additionalPercent\":35,\"incomeLimitCents\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("withholdingPercent"));
        mvc.perform(put("/api/fees/tax-cards/expert-aino-testinen/2025").with(FINANCE_SOITE)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"withholdingPercent\":12.125,\"additionalPercent\":35,\"incomeLimitCents\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:invalid-tax-card"));
        mvc.perform(get("/api/fees/tax-cards/expert-nobody/2025").with(FINANCE_SOITE))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:other-county"));
        mvc.perform(get("/api/fees/tax-cards/expert-aino-testinen/2019").with(FINANCE_SOITE))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:tax-card-not-found"));
    }

    @Test
    void financeListsTheOpenTaxCardRequestsOfAYear() throws Exception {
        taxCards.addRequestIfAbsent(new TaxCardRequest(WorkFixtures.EXPERT, WorkFixtures.USERNAME, 2024,
                TaxCardRequest.Reason.FIRST_FEE_WITHOUT_CARD, FeeLineId.of("a-9", "s1"), LocalDate.of(2024, 3, 4)));
        taxCards.addRequestIfAbsent(new TaxCardRequest("expert-eino-esimerkki", "eino.esimerkki", 2024,
                TaxCardRequest.Reason.FIRST_FEE_WITHOUT_CARD, FeeLineId.of("a-8", "s1"), LocalDate.of(2024, 3, 5)));

        mvc.perform(get("/api/fees/tax-cards/requests/2024").with(FINANCE_SOITE))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].expertUsername").value(WorkFixtures.USERNAME))
                .andExpect(jsonPath("$[0].reason").value("FIRST_FEE_WITHOUT_CARD"))
                .andExpect(jsonPath("$[0].firstFeeLineId").value("fee-a-9.s1"))
                .andExpect(jsonPath("$[0].requestedOn").value("2024-03-04"));
        mvc.perform(get("/api/fees/tax-cards/requests/2024").with(ADMIN))
                .andExpect(jsonPath("$.length()").value(2));
        mvc.perform(get("/api/fees/tax-cards/requests/2024").with(COORDINATOR_SOITE))
                .andExpect(status().isForbidden());
    }

    @Test
    void financeOfTheCountyDecidesAHourlyTariffThatEndsTheExample() throws Exception {
        String decision = "{\"validFrom\":\"2030-01-01\",\"rates\":[{\"taskType\":\"GROUP_GUIDANCE\","
                + "\"unit\":\"PER_HOUR\",\"amountCents\":2500}]}";
        mvc.perform(post("/api/fees/tariffs/pohjois-pohjanmaa/versions").with(FINANCE_SOITE)
                        .contentType(MediaType.APPLICATION_JSON).content(decision))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:other-county"));

        mvc.perform(post("/api/fees/tariffs/pohjois-pohjanmaa/versions").with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content(decision))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.versions.length()").value(2))
                .andExpect(jsonPath("$.versions[0].example").value(true))
                .andExpect(jsonPath("$.versions[0].validUntil").value("2029-12-31"))
                .andExpect(jsonPath("$.versions[1].example").value(false))
                .andExpect(jsonPath("$.versions[1].validFrom").value("2030-01-01"))
                .andExpect(jsonPath("$.versions[1].rates[0].amountCents").value(2500));

        mvc.perform(post("/api/fees/tariffs/pohjois-pohjanmaa/versions").with(ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content(decision))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:tariff-version-conflict"));
    }

    @Test
    void badTariffDecisionsAreRefused() throws Exception {
        mvc.perform(post("/api/fees/tariffs/keski-pohjanmaa/versions").with(FINANCE_SOITE)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"validFrom\":\"2031-01-01\",\"rates\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("rates"));
        mvc.perform(post("/api/fees/tariffs/keski-pohjanmaa/versions").with(FINANCE_SOITE)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"validFrom\":\"2031-01-01\",\"rates\":[{\"taskType\":\"CLIENT_SUPPORT\","
                                + "\"unit\":\"PER_WEEK\",\"amountCents\":100}]}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/fees/tariffs/keski-pohjanmaa/versions").with(COORDINATOR_SOITE)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"validFrom\":\"2031-01-01\",\"rates\":[{\"taskType\":\"CLIENT_SUPPORT\","
                                + "\"unit\":\"PER_OCCASION\",\"amountCents\":3500}]}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/fees/tariffs/keski-pohjanmaa").with(FINANCE_SOITE))
                .andExpect(jsonPath("$.versions.length()").value(1));
    }
}
