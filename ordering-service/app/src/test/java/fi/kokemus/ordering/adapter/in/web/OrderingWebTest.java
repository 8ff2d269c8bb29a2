package fi.kokemus.ordering.adapter.in.web;

import static fi.kokemus.ordering.OrderingFixtures.AINO;
import static fi.kokemus.ordering.OrderingFixtures.COORDINATOR_SOITE;
import static fi.kokemus.ordering.OrderingFixtures.EXPERT_SOITE;
import static fi.kokemus.ordering.OrderingFixtures.ITU;
import static fi.kokemus.ordering.OrderingFixtures.ITU_UNIT;
import static fi.kokemus.ordering.OrderingFixtures.NOW;
import static fi.kokemus.ordering.OrderingFixtures.OLLI;
import static fi.kokemus.ordering.OrderingFixtures.ORDERER_ITU;
import static fi.kokemus.ordering.OrderingFixtures.ORDERER_SOITE;
import static fi.kokemus.ordering.OrderingFixtures.ORDERER_SOITE_OTHER_UNIT;
import static fi.kokemus.ordering.OrderingFixtures.SOITE;
import static fi.kokemus.ordering.OrderingFixtures.SOITE_OTHER_UNIT;
import static fi.kokemus.ordering.OrderingFixtures.SOITE_UNIT;
import static fi.kokemus.ordering.OrderingFixtures.form;
import static fi.kokemus.ordering.OrderingFixtures.paused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.kokemus.ordering.application.port.in.AcceptAssignmentUseCase;
import fi.kokemus.ordering.application.port.in.AssignExpertCommand;
import fi.kokemus.ordering.application.port.in.AssignExpertUseCase;
import fi.kokemus.ordering.application.port.in.AssignmentCommand;
import fi.kokemus.ordering.application.port.in.PlaceOrderUseCase;
import fi.kokemus.ordering.application.port.in.ReportWorkCommand;
import fi.kokemus.ordering.application.port.in.ReportWorkUseCase;
import fi.kokemus.ordering.application.service.InMemoryExpertDirectory;
import fi.kokemus.ordering.application.service.InMemoryOrderRepository;
import fi.kokemus.ordering.domain.AssignmentId;
import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.ordering.domain.OrderState;
import fi.kokemus.ordering.domain.WorkReport;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.test.PlatformWebMvcTest;
import fi.kokemus.platform.test.TestActors;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@PlatformWebMvcTest(controllers = {OrderController.class, AssignmentController.class, MyAssignmentsController.class})
@Import(WebTestWiring.class)
class OrderingWebTest {

    private static final String ORDERS = "/api/ordering/orders";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ORDER_JSON = """
            {"taskType": "LECTURE_REGIONAL", "topic": "Recovery from depression", "audience": "PROFESSIONALS",
             "startsAt": "2026-03-09T08:00:00Z", "durationMinutes": 90, "place": "Kokkola central hospital, hall B",
             "costCentre": "CC-4100", "language": "fi", "description": "Talk for the ward staff's training day"}
            """;

    @Autowired
    private MockMvc mvc;
    @Autowired
    private InMemoryOrderRepository orders;
    @Autowired
    private InMemoryExpertDirectory experts;
    @Autowired
    private PlaceOrderUseCase placeOrder;
    @Autowired
    private AssignExpertUseCase assignExpert;
    @Autowired
    private AcceptAssignmentUseCase acceptAssignment;
    @Autowired
    private ReportWorkUseCase reportWork;

    @BeforeEach
    void twoKnownExperts() {
        orders.clear();
        experts.record(AINO, NOW);
        experts.record(OLLI, NOW);
    }

    @Nested
    class PlacingAnOrder {

        @Test
        void anOrdererGets201WithTheOrderAndItsLocation() throws Exception {
            mvc.perform(json(post(ORDERS), ORDER_JSON).with(ordererSoite()))
                    .andExpect(status().isCreated())
                    .andExpect(header().string("Location", matchesPattern(ORDERS + "/[0-9a-f-]{36}")))
                    .andExpect(jsonPath("$.state").value("PLACED"))
                    .andExpect(jsonPath("$.county").value(SOITE))
                    .andExpect(jsonPath("$.unitId").value(SOITE_UNIT))
                    .andExpect(jsonPath("$.orderedBy").value("orderer.soite"))
                    .andExpect(jsonPath("$.audience").value("PROFESSIONALS"))
                    .andExpect(jsonPath("$.startsAt").value("2026-03-09T08:00:00Z"))
                    .andExpect(jsonPath("$.remote").value(false))
                    .andExpect(jsonPath("$.assignments", hasSize(0)));
            assertThat(orders.findByCounty(SOITE, Optional.empty())).hasSize(1);
        }

        @Test
        void coordinatorsAndExpertsAreRefused() throws Exception {
            for (RequestPostProcessor notOrderer : new RequestPostProcessor[] {coordinatorSoite(), expertSoite()}) {
                expectProblem(mvc.perform(json(post(ORDERS), ORDER_JSON).with(notOrderer)), 403, "role-required");
            }
            assertThat(orders.findByCounty(SOITE, Optional.empty())).isEmpty();
        }

        @Test
        void aRequestWithoutATokenIsUnauthenticated() throws Exception {
            expectProblem(mvc.perform(json(post(ORDERS), ORDER_JSON)), 401, "unauthenticated");
        }

        @ParameterizedTest(name = "{0}={1}")
        @CsvSource(delimiter = '|', value = {
            "audience        | \"NOBODY\"                 | malformed-body",
            "startsAt        | \"next tuesday\"           | malformed-body",
            "durationMinutes | 10                         | invalid-input",
            "durationMinutes | null                       | invalid-input",
            "taskType        | \"lecture\"                | invalid-input",
            "language        | \"finnish\"                | invalid-input",
            "costCentre      | \"\"                       | invalid-input",
            "startsAt        | \"2026-03-01T08:00:00Z\"   | starts-in-past",
            "remote          | true                       | invalid-venue"
        })
        void badInputIsA400NamingTheFieldAndStoresNothing(String field, String value, String problem) throws Exception {
            String body = orderWith(field, value);
            String expectedField = problem.equals("invalid-venue") ? "place" : field;

            expectProblem(mvc.perform(json(post(ORDERS), body).with(ordererSoite())), 400, problem)
                    .andExpect(jsonPath("$.field").value(expectedField));
            assertThat(orders.findByCounty(SOITE, Optional.empty())).isEmpty();
        }

        @Test
        void aTooLongDescriptionIsRefused() throws Exception {
            String body = ORDER_JSON.replace("Talk for the ward staff's training day", "x".repeat(2001));

            expectProblem(mvc.perform(json(post(ORDERS), body).with(ordererSoite())), 400, "invalid-input")
                    .andExpect(jsonPath("$.field").value("description"));
        }

        @Test
        void aRemoteOrderNeedsNoPlace() throws Exception {
            String body = ORDER_JSON.replace("\"place\": \"Kokkola central hospital, hall B\"", "\"remote\": true");

            mvc.perform(json(post(ORDERS), body).with(ordererSoite()))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.remote").value(true))
                    .andExpect(jsonPath("$.place").doesNotExist());
        }
    }

    @Nested
    class ReadingOrders {

        @Test
        void theUnitTheCoordinatorAndTheAssignedExpertSeeTheOrder() throws Exception {
            OrderId id = offeredToAino().orderId();

            for (RequestPostProcessor viewer : new RequestPostProcessor[] {ordererSoite(), coordinatorSoite(), expertSoite()}) {
                mvc.perform(get(ORDERS + "/" + id).with(viewer))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.id").value(id.toString()))
                        .andExpect(jsonPath("$.state").value("OFFERED"))
                        .andExpect(jsonPath("$.assignments[0].expertUsername").value("expert.soite"));
            }
        }

        @Test
        void othersAreRefused() throws Exception {
            OrderId id = offeredToAino().orderId();

            for (RequestPostProcessor outsider : new RequestPostProcessor[] {
                    TestActors.as("orderer.soite2", Role.ORDERER, SOITE, SOITE_OTHER_UNIT), ordererItu(),
                    TestActors.as("coordinator.itu", Role.COORDINATOR, ITU, null), expertOther(),
                    TestActors.as("finance.soite", Role.FINANCE, SOITE, null)}) {
                expectProblem(mvc.perform(get(ORDERS + "/" + id).with(outsider)), 403, "not-your-order");
            }
        }

        @Test
        void aMalformedIdIs400AndAnUnknownOne404() throws Exception {
            expectProblem(mvc.perform(get(ORDERS + "/not-a-uuid").with(coordinatorSoite())), 400, "invalid-parameter");
            expectProblem(mvc.perform(get(ORDERS + "/" + UUID.randomUUID()).with(coordinatorSoite())), 404, "order-not-found");
        }

        @Test
        void aCoordinatorListsTheCountysOrdersByState() throws Exception {
            OrderId offered = offeredToAino().orderId();
            OrderId placed = placeOrder.place(ORDERER_SOITE_OTHER_UNIT, form()).id();
            placeOrder.place(ORDERER_ITU, form());

            mvc.perform(get(ORDERS).with(coordinatorSoite()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[*].id").value(containsInAnyOrder(offered.toString(), placed.toString())));
            mvc.perform(get(ORDERS).param("state", "OFFERED").with(coordinatorSoite()))
                    .andExpect(jsonPath("$[*].id").value(contains(offered.toString())));
        }

        @Test
        void anOrdererListsOnlyTheirUnitsOrders() throws Exception {
            OrderId own = placeOrder.place(ORDERER_SOITE, form()).id();
            placeOrder.place(ORDERER_SOITE_OTHER_UNIT, form());

            mvc.perform(get(ORDERS).with(ordererSoite()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[*].id").value(contains(own.toString())));
        }

        @Test
        void expertsCannotListOrdersAndAnUnknownStateIs400() throws Exception {
            expectProblem(mvc.perform(get(ORDERS).with(expertSoite())), 403, "role-required");
            expectProblem(mvc.perform(get(ORDERS).param("state", "LOST").with(coordinatorSoite())), 400, "invalid-parameter")
                    .andExpect(jsonPath("$.field").value("state"));
        }
    }

    @Nested
    class AssigningAnExpert {

        @Test
        void theCountysCoordinatorGets201WithTheOffer() throws Exception {
            OrderId id = placeOrder.place(ORDERER_SOITE, form()).id();

            mvc.perform(json(post(ORDERS + "/" + id + "/assignments"), "{\"expertId\": \"expert-aino\"}").with(coordinatorSoite()))
                    .andExpect(status().isCreated())
                    .andExpect(header().string("Location", ORDERS + "/" + id))
                    .andExpect(jsonPath("$.orderId").value(id.toString()))
                    .andExpect(jsonPath("$.assignmentId").isNotEmpty())
                    .andExpect(jsonPath("$.expertId").value("expert-aino"))
                    .andExpect(jsonPath("$.expertUsername").value("expert.soite"))
                    .andExpect(jsonPath("$.state").value("OFFERED"));
            assertThat(orders.get(id).state()).isEqualTo(OrderState.OFFERED);
        }

        @Test
        void anotherCountysCoordinatorAndOrderersAreRefused() throws Exception {
            OrderId id = placeOrder.place(ORDERER_SOITE, form()).id();
            String body = "{\"expertId\": \"expert-aino\"}";

            expectProblem(mvc.perform(json(post(ORDERS + "/" + id + "/assignments"), body)
                    .with(TestActors.as("coordinator.itu", Role.COORDINATOR, ITU, null))), 403, "other-county");
            expectProblem(mvc.perform(json(post(ORDERS + "/" + id + "/assignments"), body).with(ordererSoite())), 403, "role-required");
            assertThat(orders.get(id).state()).isEqualTo(OrderState.PLACED);
        }

        @Test
        void theExpertMustBeGivenKnownAndActive() throws Exception {
            OrderId id = placeOrder.place(ORDERER_SOITE, form()).id();
            experts.record(paused(OLLI), NOW.plusSeconds(1));
            String path = ORDERS + "/" + id + "/assignments";

            expectProblem(mvc.perform(json(post(path), "{}").with(coordinatorSoite())), 400, "invalid-input")
                    .andExpect(jsonPath("$.field").value("expertId"));
            expectProblem(mvc.perform(json(post(path), "{\"expertId\": \"expert-nobody\"}").with(coordinatorSoite())), 400, "unknown-expert")
                    .andExpect(jsonPath("$.field").value("expertId"));
            expectProblem(mvc.perform(json(post(path), "{\"expertId\": \"expert-olli\"}").with(coordinatorSoite())), 409, "expert-inactive");
            assertThat(orders.get(id).state()).isEqualTo(OrderState.PLACED);
        }
    }

    @Nested
    class TheStepsOfAnOffer {

        @Test
        void theOfferedExpertAcceptsOnceAndNobodyElseCan() throws Exception {
            AssignmentCommand offer = offeredToAino();

            expectProblem(mvc.perform(post(step(offer, "accept")).with(expertOther())), 403, "not-assigned-expert");
            expectProblem(mvc.perform(post(step(offer, "accept")).with(coordinatorSoite())), 403, "role-required");
            mvc.perform(post(step(offer, "accept")).with(expertSoite()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.state").value("ACCEPTED"));
            expectProblem(mvc.perform(post(step(offer, "accept")).with(expertSoite())), 409, "illegal-transition");
        }

        @Test
        void aDeclineWithAReasonReturnsTheOrderForAnotherOffer() throws Exception {
            AssignmentCommand offer = offeredToAino();

            mvc.perform(json(post(step(offer, "decline")), "{\"reason\": \"Travelling that week\"}").with(expertSoite()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.state").value("DECLINED"))
                    .andExpect(jsonPath("$.declineReason").value("Travelling that week"));
            mvc.perform(get(ORDERS + "/" + offer.orderId()).with(coordinatorSoite()))
                    .andExpect(jsonPath("$.state").value("PLACED"));
        }

        @Test
        void aDeclineNeedsNoBodyButAReasonHasALimit() throws Exception {
            AssignmentCommand offer = offeredToAino();

            expectProblem(mvc.perform(json(post(step(offer, "decline")), "{\"reason\": \"" + "x".repeat(501) + "\"}")
                    .with(expertSoite())), 400, "invalid-input");
            mvc.perform(post(step(offer, "decline")).with(expertSoite()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.declineReason").doesNotExist());
        }

        @Test
        void theExpertReportsAcceptedWorkWithinTheLimits() throws Exception {
            AssignmentCommand offer = offeredToAino();
            String work = "{\"occasions\": 2, \"minutesWorked\": 150}";

            expectProblem(mvc.perform(json(post(step(offer, "report")), work).with(expertSoite())), 409, "illegal-transition");
            acceptAssignment.accept(EXPERT_SOITE, offer);
            expectProblem(mvc.perform(json(post(step(offer, "report")), "{\"occasions\": 0, \"minutesWorked\": 150}")
                    .with(expertSoite())), 400, "invalid-input").andExpect(jsonPath("$.field").value("occasions"));
            expectProblem(mvc.perform(json(post(step(offer, "report")), work).with(expertOther())), 403, "not-assigned-expert");
            mvc.perform(json(post(step(offer, "report")), work).with(expertSoite()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.state").value("REPORTED"))
                    .andExpect(jsonPath("$.occasions").value(2))
                    .andExpect(jsonPath("$.minutesWorked").value(150));
        }

        @Test
        void onlyTheOrderingUnitApprovesAndOnlyReportedWork() throws Exception {
            AssignmentCommand offer = offeredToAino();
            acceptAssignment.accept(EXPERT_SOITE, offer);

            expectProblem(mvc.perform(post(step(offer, "approve")).with(ordererSoite())), 409, "illegal-transition");
            reportWork.report(EXPERT_SOITE, new ReportWorkCommand(offer.orderId(), offer.assignmentId(), new WorkReport(1, 90)));
            expectProblem(mvc.perform(post(step(offer, "approve"))
                    .with(TestActors.as("orderer.soite2", Role.ORDERER, SOITE, SOITE_OTHER_UNIT))), 403, "other-unit");
            expectProblem(mvc.perform(post(step(offer, "approve")).with(expertSoite())), 403, "role-required");
            mvc.perform(post(step(offer, "approve")).with(ordererSoite()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.state").value("APPROVED"))
                    .andExpect(jsonPath("$.approvedBy").value("orderer.soite"));
        }

        @Test
        void malformedIdsAndUnknownAssignmentsAreRefused() throws Exception {
            AssignmentCommand offer = offeredToAino();

            expectProblem(mvc.perform(post(ORDERS + "/" + offer.orderId() + "/assignments/nope/accept").with(expertSoite())),
                    400, "invalid-parameter");
            expectProblem(mvc.perform(post(step(new AssignmentCommand(offer.orderId(), AssignmentId.newId()), "accept"))
                    .with(expertSoite())), 404, "assignment-not-found");
        }
    }

    @Nested
    class MyAssignments {

        @Test
        void anExpertListsTheirOffers() throws Exception {
            AssignmentCommand offer = offeredToAino();

            mvc.perform(get("/api/ordering/my/assignments").with(expertSoite()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$", hasSize(1)))
                    .andExpect(jsonPath("$[0].orderId").value(offer.orderId().toString()))
                    .andExpect(jsonPath("$[0].assignmentId").value(offer.assignmentId().toString()))
                    .andExpect(jsonPath("$[0].state").value("OFFERED"))
                    .andExpect(jsonPath("$[0].taskType").value("LECTURE_REGIONAL"))
                    .andExpect(jsonPath("$[0].costCentre").doesNotExist());
            mvc.perform(get("/api/ordering/my/assignments").with(expertOther()))
                    .andExpect(jsonPath("$", hasSize(0)));
        }

        @Test
        void othersHaveNoAssignmentsToList() throws Exception {
            expectProblem(mvc.perform(get("/api/ordering/my/assignments").with(ordererSoite())), 403, "role-required");
        }
    }

    private AssignmentCommand offeredToAino() {
        OrderId id = placeOrder.place(ORDERER_SOITE, form()).id();
        AssignmentId assignment = assignExpert.assign(COORDINATOR_SOITE, new AssignExpertCommand(id, AINO.expertId()))
                .assignment().id();
        return new AssignmentCommand(id, assignment);
    }

    private static String step(AssignmentCommand offer, String action) {
        return ORDERS + "/" + offer.orderId() + "/assignments/" + offer.assignmentId() + "/" + action;
    }

    /** The order form with one field set to a JSON value. */
    private static String orderWith(String field, String jsonValue) {
        ObjectNode order = (ObjectNode) JSON.readTree(ORDER_JSON);
        order.set(field, JSON.readTree(jsonValue));
        return JSON.writeValueAsString(order);
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static ResultActions expectProblem(ResultActions result, int status, String code) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:" + code));
    }

    private static RequestPostProcessor ordererSoite() {
        return TestActors.as("orderer.soite", Role.ORDERER, SOITE, SOITE_UNIT);
    }

    private static RequestPostProcessor ordererItu() {
        return TestActors.as("orderer.itu", Role.ORDERER, ITU, ITU_UNIT);
    }

    private static RequestPostProcessor coordinatorSoite() {
        return TestActors.as("coordinator.soite", Role.COORDINATOR, SOITE, null);
    }

    private static RequestPostProcessor expertSoite() {
        return TestActors.as("expert.soite", Role.EXPERT, SOITE, "ngo-keski");
    }

    private static RequestPostProcessor expertOther() {
        return TestActors.as("expert.other", Role.EXPERT, SOITE, "ngo-keski");
    }
}
