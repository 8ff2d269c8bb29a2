package fi.kokemus.fee.adapter.in.web;

import static fi.kokemus.fee.PaidLines.helsinki;
import static fi.kokemus.fee.PaidLines.paid;
import static fi.kokemus.platform.test.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.mongodb.client.MongoDatabase;
import fi.kokemus.fee.WorkFixtures;
import fi.kokemus.fee.adapter.out.mongo.MongoFeeLineRepository;
import fi.kokemus.fee.domain.FeeLine;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.test.MutableClock;
import fi.kokemus.platform.test.ServiceWebTest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Batches, payroll exports, the expert's own view and reports over HTTP. The lines are recorded in
 * October 2026 (by a repository on a clock of its own), so October's batch is past its cut-off.
 */
@ServiceWebTest
@TestPropertySource(properties = "spring.mongodb.database=fee-batches-web-test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentBatchWebTest {

    private static final String ITU = "ita-uusimaa";
    private static final String OCTOBER_BATCH = "/api/fees/batches/ita-uusimaa/2026-10";
    private static final RequestPostProcessor FINANCE_ITU = as("finance.itu", Role.FINANCE, ITU, null);
    private static final RequestPostProcessor FINANCE_SOITE = as("finance.soite", Role.FINANCE, "keski-pohjanmaa", null);
    private static final RequestPostProcessor FINANCE_FEED =
            as("service-account-finance-feed", Role.FINANCE, "keski-pohjanmaa", null);
    private static final RequestPostProcessor ADMIN = as("admin", Role.ADMIN, null, null);
    private static final RequestPostProcessor AINO = as(WorkFixtures.USERNAME, Role.EXPERT, null, "ngo-ita");
    private static final List<RequestPostProcessor> NOT_FINANCE = List.of(
            as("coordinator.itu", Role.COORDINATOR, ITU, "itu-coordination"),
            as("orderer.itu", Role.ORDERER, ITU, "itu-social-work-unit"),
            AINO,
            as("ngo.itu", Role.NGO_PARTNER, ITU, "ngo-ita"));

    @Autowired
    private MockMvc mvc;
    @Autowired
    private MongoDatabase database;
    @Autowired
    private EventWriter writer;
    @Autowired
    private JsonMapper json;

    @BeforeAll
    void recordLinesInOctoberAndCloseItsBatch() throws Exception {
        MutableClock recordedAt = new MutableClock(helsinki("2026-09-05T10:00:00"));
        MongoFeeLineRepository feeLines = new MongoFeeLineRepository(database, writer, recordedAt);
        FeeLine september = paid(ITU, "a-0", LocalDate.of(2026, 9, 2), 2001, 999, 3, 401);
        feeLines.addIfAbsent(september);
        recordedAt.set(helsinki("2026-10-05T10:00:00"));
        feeLines.addIfAbsent(paid(ITU, "a-1", LocalDate.of(2026, 10, 1), 3000, 1234, 56, 611));
        recordedAt.advance(Duration.ofMinutes(1));
        feeLines.addIfAbsent(paid(ITU, "a-2", LocalDate.of(2026, 10, 2), 4550, 0, 0, 910));
        recordedAt.advance(Duration.ofMinutes(1));
        feeLines.addIfAbsent(september.reversal(september.taxYear()));

        mvc.perform(post(OCTOBER_BATCH + "/close").with(FINANCE_ITU))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.closedBy").value("finance.itu"));
    }

    @Test
    void financeOfTheCountyReadsTheClosedBatch() throws Exception {
        mvc.perform(get(OCTOBER_BATCH).with(FINANCE_ITU))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.batchId").value("ita-uusimaa/2026-10"))
                .andExpect(jsonPath("$.paymentDate").value("2026-10-31"))
                .andExpect(jsonPath("$.cutOff").value("2026-10-09T21:00:00Z"))
                .andExpect(jsonPath("$.totals.lineCount").value(4))
                .andExpect(jsonPath("$.totals.grossCents").value(3000 + 4550));
    }

    @Test
    void theJsonExportsRowsAddUpToItsTotalsInCentsWithTheReversalNegative() throws Exception {
        String body = mvc.perform(get(OCTOBER_BATCH + "/export.json").with(FINANCE_ITU))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows.length()").value(4))
                .andExpect(jsonPath("$.rows[3].feeLineId").value("fee-a-0.s1.reversal"))
                .andExpect(jsonPath("$.rows[3].grossCents").value(-2001))
                .andExpect(jsonPath("$.rows[3].reversesFeeLineId").value("fee-a-0.s1"))
                .andExpect(jsonPath("$.rows[1].expertId").value(WorkFixtures.EXPERT))
                .andExpect(jsonPath("$.rows[1].earningDate").value("2026-10-01"))
                .andExpect(jsonPath("$.rows[1].taxYear").value(2026))
                .andExpect(jsonPath("$.rows[1].incomeType").value("OTHER_WAGE"))
                .andExpect(jsonPath("$.rows[1].costCentre").value("CC-4100"))
                .andExpect(jsonPath("$.rows[1].payoutCents").value(3000 + 56 - 611 + 1234))
                .andReturn().getResponse().getContentAsString();

        JsonNode export = json.readTree(body);
        for (String amount : List.of("grossCents", "withholdingCents", "netCents", "taxFreeReimbursementsCents",
                "taxableReimbursementsCents", "payoutCents")) {
            long sum = 0;
            for (JsonNode row : export.get("rows")) {
                sum += row.get(amount).asLong();
            }
            assertThat(export.get("totals").get(amount).asLong()).as(amount).isEqualTo(sum);
        }
    }

    @Test
    void theCsvExportHasAHeaderSemicolonsDecimalCommasAndATotalRowThatReconciles() throws Exception {
        String csv = mvc.perform(get(OCTOBER_BATCH + "/export.csv").with(FINANCE_ITU))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(new MediaType("text", "csv")))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"fees-ita-uusimaa-2026-10.csv\""))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        List<String[]> rows = csv.lines().map(line -> line.split(";", -1)).toList();
        assertThat(rows.get(0)).startsWith("record", "batchId", "paymentDate", "feeLineId", "expertId",
                "earningPeriod", "taxYear", "incomeType", "basis", "gross");
        assertThat(rows).hasSize(6);
        assertThat(rows.get(2)).startsWith("LINE", "ita-uusimaa/2026-10", "2026-10-31", "fee-a-1.s1",
                WorkFixtures.EXPERT, "2026-10-01", "2026", "OTHER_WAGE", "APPROVED_WORK", "30,00", "6,11");
        assertThat(rows.get(4)[9]).isEqualTo("-20,01");
        String[] total = rows.get(5);
        assertThat(total[0]).isEqualTo("TOTAL");
        for (int column = 9; column <= 14; column++) {
            final int amount = column;
            BigDecimal sum = rows.subList(1, 5).stream().map(row -> euros(row[amount]))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(euros(total[column])).as(rows.get(0)[column]).isEqualTo(sum);
        }
        assertThat(total[9]).isEqualTo("75,50");
    }

    @Test
    void financeOfAnotherCountyAndTheFinanceFeedOfSoiteAreRefusedItaUusimaasBatch() throws Exception {
        for (RequestPostProcessor other : List.of(FINANCE_SOITE, FINANCE_FEED)) {
            for (String path : List.of(OCTOBER_BATCH, OCTOBER_BATCH + "/export.json", OCTOBER_BATCH + "/export.csv")) {
                mvc.perform(get(path).with(other))
                        .andExpect(status().isForbidden())
                        .andExpect(jsonPath("$.type").value("urn:kokemus:problem:other-county"));
            }
        }
    }

    @Test
    void theFinanceFeedReadsSoitesBatchesAndAnAdminAnyCountys() throws Exception {
        mvc.perform(get("/api/fees/batches/keski-pohjanmaa/2026-10").with(FINANCE_FEED))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.county").value("keski-pohjanmaa"));
        mvc.perform(get(OCTOBER_BATCH + "/export.json").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totals.lineCount").value(4));
    }

    @Test
    void onlyFinanceAndAdminsReadOrCloseBatches() throws Exception {
        for (RequestPostProcessor caller : NOT_FINANCE) {
            mvc.perform(get(OCTOBER_BATCH).with(caller)).andExpect(status().isForbidden());
            mvc.perform(get(OCTOBER_BATCH + "/export.csv").with(caller)).andExpect(status().isForbidden());
            mvc.perform(post("/api/fees/batches/ita-uusimaa/2026-11/close").with(caller))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.type").value("urn:kokemus:problem:role-required"));
        }
    }

    @Test
    void aBatchClosesOnceAndAnOpenOneHasNoExport() throws Exception {
        mvc.perform(post(OCTOBER_BATCH + "/close").with(ADMIN))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:batch-closed"));
        mvc.perform(get("/api/fees/batches/pohjois-pohjanmaa/2026-10/export.csv").with(ADMIN))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:batch-open"));
        mvc.perform(post("/api/fees/batches/ita-uusimaa/2099-01/close").with(FINANCE_ITU))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:batch-still-open"));
        mvc.perform(get("/api/fees/batches/ita-uusimaa/2026-13").with(FINANCE_ITU))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:invalid-month"));
    }

    @Test
    void anExpertSeesTheirOwnMonthsNextToTheLimitTheySet() throws Exception {
        mvc.perform(put("/api/fees/mine/earnings-limit").with(AINO).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\":2026,\"annualLimitCents\":1000000,\"monthlyLimitCents\":5000}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.annualLimitCents").value(1000000));

        mvc.perform(get("/api/fees/mine").param("year", "2026").with(AINO))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.months.length()").value(12))
                .andExpect(jsonPath("$.months[9].month").value("2026-10"))
                .andExpect(jsonPath("$.months[9].totals.grossCents").value(3000 + 4550))
                .andExpect(jsonPath("$.months[9].headroomCents").value(5000 - 7606))
                .andExpect(jsonPath("$.months[8].taxableIncomeCents").value(0))
                .andExpect(jsonPath("$.earnedInOtherYears.lineCount").value(0))
                .andExpect(jsonPath("$.taxableIncomeCents").value(7606))
                .andExpect(jsonPath("$.headroomCents").value(1000000 - 7606));
    }

    @Test
    void anotherExpertSeesNothingOfAinosAndOthersHaveNoOwnView() throws Exception {
        mvc.perform(get("/api/fees/mine").param("year", "2026")
                        .with(as("eero.esimerkki", Role.EXPERT, null, "ngo-ita")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.lineCount").value(0))
                .andExpect(jsonPath("$.earningsLimit").doesNotExist());
        mvc.perform(get("/api/fees/mine").param("year", "2026").with(FINANCE_ITU))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/fees/mine/earnings-limit").with(AINO).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\":2026}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:limit-required"));
        mvc.perform(put("/api/fees/mine/earnings-limit").with(AINO).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"year\":2026,\"annualLimitCents\":-1}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void financeCoordinatorsAndAdminsReportTheirCountysFees() throws Exception {
        for (RequestPostProcessor reader : List.of(FINANCE_ITU,
                as("coordinator.itu", Role.COORDINATOR, ITU, "itu-coordination"))) {
            mvc.perform(get("/api/fees/reports").param("groupBy", "month").with(reader))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.county").value(ITU))
                    .andExpect(jsonPath("$.groups[0].group").value("2026-09"))
                    .andExpect(jsonPath("$.groups[0].totals.grossCents").value(0))
                    .andExpect(jsonPath("$.groups[1].totals.grossCents").value(7550))
                    .andExpect(jsonPath("$.total.lineCount").value(4));
        }
        mvc.perform(get("/api/fees/reports").param("county", ITU).param("groupBy", "taskType")
                        .param("from", "2026-10-01").param("to", "2026-10-31").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.groups[0].group").value("CLIENT_SUPPORT"))
                .andExpect(jsonPath("$.groups[0].totals.lineCount").value(2));
        String csv = mvc.perform(get("/api/fees/reports.csv").param("groupBy", "unit").with(FINANCE_ITU))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(new MediaType("text", "csv")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines()).containsExactly(
                "group;lines;gross;withholding;net;taxFreeReimbursements;taxableReimbursements;payout",
                "ita-uusimaa-unit;4;75,50;15,21;60,85;12,34;0,56;73,19",
                "TOTAL;4;75,50;15,21;60,85;12,34;0,56;73,19");
    }

    @Test
    void reportsAreRefusedToOtherCountiesAndRolesAndNeedAKnownGrouping() throws Exception {
        mvc.perform(get("/api/fees/reports").param("county", ITU).param("groupBy", "unit").with(FINANCE_SOITE))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/fees/reports").param("groupBy", "unit")
                        .with(as("orderer.itu", Role.ORDERER, ITU, "itu-social-work-unit")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/fees/reports").param("groupBy", "unit").with(AINO))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/fees/reports").param("groupBy", "expert").with(FINANCE_ITU))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:invalid-grouping"));
    }

    private static BigDecimal euros(String decimalComma) {
        return new BigDecimal(decimalComma.replace(',', '.'));
    }
}
