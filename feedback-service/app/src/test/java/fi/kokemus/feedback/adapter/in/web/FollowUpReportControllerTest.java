package fi.kokemus.feedback.adapter.in.web;

import static fi.kokemus.platform.test.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.kokemus.feedback.application.port.in.followup.RecordFollowUpFactsUseCase;
import fi.kokemus.feedback.domain.followup.CountyExpert;
import fi.kokemus.feedback.domain.followup.FeeFact;
import fi.kokemus.feedback.domain.followup.FollowUpTask;
import fi.kokemus.feedback.domain.followup.TaskStatus;
import fi.kokemus.platform.actor.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The follow-up report's addresses over the real core and Mongo adapters. Its data lives in a county
 * no other web test uses.
 */
class FollowUpReportControllerTest extends WebTestSupport {

    private static final String COUNTY = "pohjois-pohjanmaa";
    private static final String PATH = "/api/feedback/reports/follow-up";
    private static final RequestPostProcessor COORDINATOR = as("coordinator.pp", Role.COORDINATOR, COUNTY, null);
    private static final String HOSTILE_NAME = "<script>alert(\"x\")</script> O.";

    @Autowired
    RecordFollowUpFactsUseCase facts;

    @BeforeEach
    void recordWork() {
        facts.expertChanged(new CountyExpert("expert-pp-1", "Aino T.", "ngo-pohjoinen", COUNTY, List.of(), true),
                Instant.parse("2026-01-01T00:00:00Z"));
        facts.expertChanged(new CountyExpert("expert-pp-2", HOSTILE_NAME, "ngo-pohjoinen", COUNTY, List.of(), true),
                Instant.parse("2026-01-01T00:00:00Z"));
        facts.tasksEnded(List.of(new FollowUpTask("a-pp-1/s-1", COUNTY, "expert-pp-1", "LECTURE_REGIONAL",
                "PROFESSIONALS", "ON_SITE", LocalDate.parse("2026-02-03"), TaskStatus.HELD, 30)));
        facts.feeAnnounced(new FeeFact("fee-a-pp-1.s-1", COUNTY, "expert-pp-1", "LECTURE_REGIONAL",
                LocalDate.parse("2026-02-03"), 7550, 1234, null));
    }

    @Test
    void aCoordinatorReadsTheirCountysReportAsJson() throws Exception {
        perform(report().with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.county").value(COUNTY))
                .andExpect(jsonPath("$.period.from").value("2026-01-01"))
                .andExpect(jsonPath("$.period.to").value("2026-12-31"))
                .andExpect(jsonPath("$.tasks.reported").value(1))
                .andExpect(jsonPath("$.tasks.participants").value(30))
                .andExpect(jsonPath("$.tasks.byTaskType[0].key").value("LECTURE_REGIONAL"))
                .andExpect(jsonPath("$.tasks.byOrganisation[0].key").value("ngo-pohjoinen"))
                .andExpect(jsonPath("$.feedback.respondents[0].respondent").value("LISTENER"))
                .andExpect(jsonPath("$.fees.earned.grossCents").value(7550))
                .andExpect(jsonPath("$.experts.serving").value(2))
                .andExpect(jsonPath("$.experts.withoutTasks[0].displayName").value(HOSTILE_NAME));
    }

    @Test
    void theCountyDefaultsToTheCoordinatorsOwn() throws Exception {
        perform(get(PATH).param("from", "2026-01-01").param("to", "2026-12-31").with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.county").value(COUNTY));
    }

    @Test
    void anAdminReadsAnyCounty() throws Exception {
        perform(report().with(as("admin", Role.ADMIN, null, null)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tasks.reported").value(1));
    }

    @Test
    void anAdminNamesTheCounty() throws Exception {
        perform(get(PATH).param("from", "2026-01-01").param("to", "2026-12-31").with(as("admin", Role.ADMIN, null, null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:county-required"));
    }

    @Test
    void aCoordinatorOfAnotherCountyIsRefused() throws Exception {
        perform(report().with(as("coordinator.soite", Role.COORDINATOR, "keski-pohjanmaa", null)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:other-county"));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ORDERER", "EXPERT", "NGO_PARTNER", "FINANCE"})
    void otherRolesAreRefused(Role role) throws Exception {
        perform(report().with(as("someone", role, COUNTY, "unit-or-ngo")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:role-required"));
    }

    @Test
    void noTokenNoReport() throws Exception {
        perform(report()).andExpect(status().isUnauthorized());
    }

    @Test
    void aPeriodEndingBeforeItStartsIsAProblem() throws Exception {
        perform(get(PATH).param("county", COUNTY).param("from", "2026-12-31").param("to", "2026-01-01")
                .with(COORDINATOR))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:invalid-period"))
                .andExpect(jsonPath("$.field").value("from"));
    }

    @Test
    void aPeriodOfFiveYearsOrMoreIsAProblem() throws Exception {
        perform(get(PATH).param("county", COUNTY).param("from", "2021-01-01").param("to", "2026-01-01")
                .with(COORDINATOR))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:period-too-long"));
    }

    @Test
    void aDateThatIsNoDateIsAProblem() throws Exception {
        perform(get(PATH).param("county", COUNTY).param("from", "2026-13-01").param("to", "2026-12-31")
                .with(COORDINATOR))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aMissingDateIsAProblem() throws Exception {
        perform(get(PATH).param("county", COUNTY).param("from", "2026-01-01").with(COORDINATOR))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theCsvIsOneFileWithEveryFigureAsARow() throws Exception {
        String csv = perform(get(PATH + ".csv").param("county", COUNTY).param("from", "2026-01-01")
                .param("to", "2026-12-31").with(COORDINATOR))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"follow-up_pohjois-pohjanmaa_2026-01-01_2026-12-31.csv\""))
                .andReturn().getResponse().getContentAsString();

        assertThat(csv).startsWith("section;item;measure;value\r\nperiod;pohjois-pohjanmaa;from;2026-01-01\r\n")
                .contains("\r\ntasksByTaskType;LECTURE_REGIONAL;tasks;1\r\n")
                .contains("\r\nfeesEarned;all;gross;75,50\r\n")
                .contains("\r\nexpertsWithoutTasks;expert-pp-2;displayName;\"<script>alert(\"\"x\"\")</script> O.\"\r\n");
    }

    @Test
    void theHtmlPageEscapesNamesAndDrawsAccessibleCharts() throws Exception {
        for (MockHttpServletRequestBuilder request : List.of(report().accept(MediaType.TEXT_HTML),
                get(PATH + ".html").param("county", COUNTY).param("from", "2026-01-01").param("to", "2026-12-31"))) {
            String html = perform(request.with(COORDINATOR))
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                    .andReturn().getResponse().getContentAsString();

            assertThat(html).contains("<html lang=\"fi\"")
                    .contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; O.")
                    .doesNotContain("<script>")
                    .contains("role=\"img\"", "aria-labelledby=\"title-task-type desc-task-type\"")
                    .contains("<desc id=\"desc-task-type\">LECTURE_REGIONAL: 1.</desc>")
                    .contains("<desc id=\"desc-mode\">Lähitoteutus: 1.</desc>")
                    .contains("75,50 €");
        }
    }

    @Test
    void theHtmlPageIsRefusedLikeTheData() throws Exception {
        perform(report().accept(MediaType.TEXT_HTML).with(as("orderer.pp", Role.ORDERER, COUNTY, "unit")))
                .andExpect(status().isForbidden());
    }

    private static MockHttpServletRequestBuilder report() {
        return get(PATH).param("county", COUNTY).param("from", "2026-01-01").param("to", "2026-12-31");
    }

    private ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request);
    }
}
