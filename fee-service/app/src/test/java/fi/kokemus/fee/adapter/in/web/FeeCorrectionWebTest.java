package fi.kokemus.fee.adapter.in.web;

import static fi.kokemus.fee.WorkFixtures.ITU;
import static fi.kokemus.fee.WorkFixtures.MIDSUMMER_WEEK;
import static fi.kokemus.fee.WorkFixtures.SOITE;
import static fi.kokemus.fee.WorkFixtures.work;
import static fi.kokemus.platform.test.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.kokemus.fee.WorkFixtures;
import fi.kokemus.fee.application.port.out.FeeCorrectionRepository;
import fi.kokemus.fee.application.port.out.FeeLineRepository;
import fi.kokemus.fee.application.port.out.TariffRepository;
import fi.kokemus.fee.domain.FeeLineId;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.test.ServiceWebTest;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Finance's pricing and correction of fee lines through HTTP, stored over the wire server. */
@ServiceWebTest
@TestPropertySource(properties = "spring.mongodb.database=fee-correction-web-test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeeCorrectionWebTest {

    private static final RequestPostProcessor FINANCE_SOITE = as("finance.soite", Role.FINANCE, SOITE, null);
    private static final RequestPostProcessor FINANCE_ITU = as("finance.itu", Role.FINANCE, ITU, null);
    private static final String LECTURE = "fee-web-lecture.s1";
    private static final String SUPPORT = "fee-web-support.s1";
    private static final String GUIDANCE = "fee-web-guidance.s1";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private FeeLineRepository feeLines;
    @Autowired
    private FeeCorrectionRepository corrections;
    @Autowired
    private TariffRepository tariffs;

    @BeforeAll
    void storeLines() {
        LocalDate day = LocalDate.of(2025, 6, 16);
        feeLines.addIfAbsent(WorkFixtures.tariffLine(work(SOITE, "web-lecture", "LECTURE_REGIONAL", 1, day),
                tariffs.historyOf(SOITE)));
        feeLines.addIfAbsent(WorkFixtures.tariffLine(work(SOITE, "web-support", "CLIENT_SUPPORT", 1, day),
                tariffs.historyOf(SOITE)));
        feeLines.addIfAbsent(WorkFixtures.tariffLine(work(ITU, "web-guidance", "GROUP_GUIDANCE", 1, MIDSUMMER_WEEK),
                tariffs.historyOf(ITU)));
    }

    @Test
    void financePricesALineThatWaitsForAPerson() throws Exception {
        mvc.perform(post("/api/fees/lines/{id}/pricing", GUIDANCE).with(FINANCE_ITU)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"grossCents":2500,"taxFreeReimbursementsCents":1140,"reason":"The unit's hourly fee, 1 h 15 min"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.line").value(GUIDANCE))
                .andExpect(jsonPath("$.kind").value("PRICING"))
                .andExpect(jsonPath("$.decidedBy").value("finance.itu"))
                .andExpect(jsonPath("$.reason").value("The unit's hourly fee, 1 h 15 min"))
                .andExpect(jsonPath("$.reversal").isEmpty())
                .andExpect(jsonPath("$.replacement.id").value(GUIDANCE + ".revision-2"))
                .andExpect(jsonPath("$.replacement.state").value("PRICED"))
                .andExpect(jsonPath("$.replacement.grossCents").value(2500))
                .andExpect(jsonPath("$.replacement.tariffRule").value("decided by finance.itu"))
                .andExpect(jsonPath("$.replacement.taxFreeReimbursementsCents").value(1140))
                .andExpect(jsonPath("$.replacement.withholdingCents").value(1500))
                .andExpect(jsonPath("$.replacement.payoutCents").value(2140));

        mvc.perform(get("/api/fees/lines/{id}", GUIDANCE).with(FINANCE_ITU))
                .andExpect(jsonPath("$.state").value("PRICING_REQUIRED"));
    }

    @Test
    void financeCorrectsAnApprovedLineByReversalAndANewLine() throws Exception {
        mvc.perform(post("/api/fees/lines/{id}/correction", LECTURE).with(FINANCE_SOITE)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"grossCents":5000,"reason":"A development group, not a lecture"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("CORRECTION"))
                .andExpect(jsonPath("$.reversal.id").value(LECTURE + ".reversal"))
                .andExpect(jsonPath("$.reversal.basis").value("REVERSAL"))
                .andExpect(jsonPath("$.reversal.grossCents").value(-7500))
                .andExpect(jsonPath("$.reversal.reverses").value(LECTURE))
                .andExpect(jsonPath("$.replacement.id").value(LECTURE + ".revision-2"))
                .andExpect(jsonPath("$.replacement.basis").value("APPROVED_WORK"))
                .andExpect(jsonPath("$.replacement.grossCents").value(5000));

        mvc.perform(get("/api/fees/lines/{id}/decision", LECTURE)
                        .with(as("coordinator.soite", Role.COORDINATOR, SOITE, "soite-coordination")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decidedBy").value("finance.soite"))
                .andExpect(jsonPath("$.replacement.id").value(LECTURE + ".revision-2"));
        mvc.perform(post("/api/fees/lines/{id}/correction", LECTURE).with(FINANCE_SOITE)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"grossCents\":6000,\"reason\":\"Again\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:fee-line-decided"));
    }

    @Test
    void badInputIsAProblemAndChangesNothing() throws Exception {
        mvc.perform(post("/api/fees/lines/{id}/correction", SUPPORT).with(FINANCE_SOITE)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"grossCents\":-100,\"reason\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/fees/lines/{id}/correction", SUPPORT).with(FINANCE_SOITE)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"No amount\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/fees/lines/{id}/pricing", SUPPORT).with(FINANCE_SOITE)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"grossCents\":100,\"reason\":\"Already priced\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:fee-line-not-pricing-required"));
        mvc.perform(post("/api/fees/lines/{id}/correction", "not-a-line").with(FINANCE_SOITE)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"grossCents\":100,\"reason\":\"Unknown\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:invalid-fee-line-id"));

        assertThat(corrections.find(new FeeLineId(SUPPORT))).isEmpty();
        assertThat(feeLines.find(new FeeLineId(SUPPORT + ".reversal"))).isEmpty();
    }

    @Test
    void onlyFinanceOfTheLinesCountyOrAnAdminDecide() throws Exception {
        String body = "{\"grossCents\":100,\"reason\":\"Not mine\"}";
        mvc.perform(post("/api/fees/lines/{id}/correction", SUPPORT).with(FINANCE_ITU)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:other-county"));
        mvc.perform(post("/api/fees/lines/{id}/correction", SUPPORT)
                        .with(as("orderer.soite", Role.ORDERER, SOITE, "soite-mental-health-unit"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/fees/lines/{id}/correction", SUPPORT).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());

        assertThat(corrections.find(new FeeLineId(SUPPORT))).isEmpty();
    }
}
