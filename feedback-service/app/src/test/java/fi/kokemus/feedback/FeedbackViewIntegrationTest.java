package fi.kokemus.feedback;

import static fi.kokemus.platform.test.TestActors.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.kokemus.feedback.application.port.out.FeedbackTaskRepository;
import fi.kokemus.feedback.application.port.out.LinkKeys;
import fi.kokemus.feedback.domain.FeedbackTask;
import fi.kokemus.feedback.domain.Respondent;
import fi.kokemus.feedback.domain.TaskId;
import fi.kokemus.ordering.contract.ExpertRef;
import fi.kokemus.ordering.contract.OrderConfirmed;
import fi.kokemus.ordering.contract.OrderPlaced;
import fi.kokemus.ordering.contract.OrderingEvents;
import fi.kokemus.ordering.contract.SessionOutcome;
import fi.kokemus.ordering.contract.SessionTime;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.events.EventContract;
import fi.kokemus.platform.events.EventWriter;
import fi.kokemus.platform.outbox.OutboxMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Feedback reaching the expert as the service runs: ordering's events open the links, people answer
 * through the public forms, the unit records how it used the feedback, and the expert reads it all.
 * Each subclass says which broker and MongoDB.
 */
@SpringBootTest(properties = "spring.mongodb.database=feedback-view-integration-test")
@AutoConfigureMockMvc
@DirtiesContext
abstract class FeedbackViewIntegrationTest {

    private static final String COUNTY = "keski-pohjanmaa";
    private static final String UNIT = "soite-mental-health-unit";
    private static final Instant STARTS_AT = Instant.now().minus(Duration.ofHours(2));
    private static final RequestPostProcessor ORDERER = as("orderer.soite", Role.ORDERER, COUNTY, UNIT);

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    JsonMapper jsonMapper;
    @Autowired
    MockMvc mvc;
    @Autowired
    FeedbackTaskRepository tasks;
    @Autowired
    LinkKeys linkKeys;

    @Test
    void answersGivenThroughTheFormsReachTheExpertWithTheUnitsNote() throws Exception {
        String orderId = "order-" + UUID.randomUUID();
        String expert = "expert.view." + UUID.randomUUID();
        send(OrderingEvents.ORDER_PLACED, orderId, new OrderPlaced(orderId, COUNTY, UNIT, "orderer.soite",
                "COORDINATED", "EXPERT_BY_EXPERIENCE", "LECTURE_REGIONAL", "MENTAL_HEALTH", "PROFESSIONALS", "ON_SITE",
                "fi", 1, "REGIONAL", false, false, "SOITE-4100", List.of(new SessionTime("s-1", STARTS_AT, 90)),
                STARTS_AT, 90));
        send(OrderingEvents.ORDER_CONFIRMED, orderId, new OrderConfirmed(orderId, COUNTY, UNIT,
                List.of(new ExpertRef("a-view", "expert-aino", expert)), List.of(new SessionTime("s-1", STARTS_AT, 90)),
                STARTS_AT.minus(Duration.ofDays(1))));
        send(OrderingEvents.SESSION_HELD, orderId, new SessionOutcome(orderId, COUNTY, UNIT, "s-1", "a-view",
                "expert-aino", expert, "LECTURE_REGIONAL", "PROFESSIONALS", "ON_SITE", STARTS_AT, "HELD", 20));
        TaskId taskId = new TaskId("task-a-view--s-1");
        FeedbackTask task = await().atMost(Duration.ofSeconds(30)).until(() -> tasks.find(taskId)
                .filter(found -> found.request(Respondent.ORDERER).isPresent()), found -> found.isPresent()).orElseThrow();

        for (int listener = 1; listener <= 5; listener++) {
            answer(task, Respondent.LISTENER, "q.overall=" + listener + "&q.comment=Hyv%C3%A4+" + listener);
        }
        answer(task, Respondent.ORDERER, "q.overall=4&q.goals-met=4&q.cooperation=5&q.comment=Soita+040+123+4567");
        mvc.perform(put("/api/feedback/tasks/{id}/follow-up", taskId.value()).with(ORDERER)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"texts\":{\"fi\":\"Jatkamme yhteistyötä.\"}}"))
                .andExpect(status().isOk());

        mvc.perform(get("/api/feedback/me").with(as(expert, Role.EXPERT, COUNTY, "ngo-keski")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.tasks[0].taskId").value(taskId.value()))
                .andExpect(jsonPath("$.tasks[0].respondents[0].forms[0].answers").value(5))
                .andExpect(jsonPath("$.tasks[0].respondents[0].forms[0].ratings.overall.mean").value(3.0))
                .andExpect(jsonPath("$.tasks[0].respondents[1].forms[0].texts[0]").value("Soita [puhelinnumero]"))
                .andExpect(jsonPath("$.tasks[0].followUp.texts.fi").value("Jatkamme yhteistyötä."));
        String listenerPage = mvc.perform(get("/api/feedback/public/{token}", token(task, Respondent.LISTENER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(listenerPage).contains("Jatkamme yhteistyötä.");
    }

    private void answer(FeedbackTask task, Respondent respondent, String fields) throws Exception {
        mvc.perform(post("/api/feedback/public/{token}", token(task, respondent))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("formVersion=1&" + fields))
                .andExpect(status().is3xxRedirection());
    }

    private String token(FeedbackTask task, Respondent respondent) {
        return linkKeys.tokenOf(task.request(respondent).orElseThrow().linkId()).value();
    }

    private <T> void send(EventContract<T> contract, String orderId, T data) throws Exception {
        OutboxMessage message = new EventWriter("ordering-service", jsonMapper, Clock.systemUTC())
                .write(contract, orderId, COUNTY, data);
        kafka.send(message.topic(), message.key(), message.payload()).get();
    }
}
