package fi.kokemus.ordering.adapter.in.web;

import static fi.kokemus.ordering.OrderingFixtures.AINO;
import static fi.kokemus.ordering.OrderingFixtures.COORDINATOR_SOITE;
import static fi.kokemus.ordering.OrderingFixtures.EXPERT_SOITE;
import static fi.kokemus.ordering.OrderingFixtures.ITU;
import static fi.kokemus.ordering.OrderingFixtures.ITU_UNIT;
import static fi.kokemus.ordering.OrderingFixtures.NOW;
import static fi.kokemus.ordering.OrderingFixtures.OFFER_VALIDITY;
import static fi.kokemus.ordering.OrderingFixtures.OLLI;
import static fi.kokemus.ordering.OrderingFixtures.ORDERER_SOITE;
import static fi.kokemus.ordering.OrderingFixtures.SOITE;
import static fi.kokemus.ordering.OrderingFixtures.SOITE_OTHER_UNIT;
import static fi.kokemus.ordering.OrderingFixtures.SOITE_UNIT;
import static fi.kokemus.ordering.OrderingFixtures.expert;
import static fi.kokemus.ordering.OrderingFixtures.form;
import static fi.kokemus.ordering.OrderingFixtures.weekly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fi.kokemus.ordering.application.port.in.AcceptOfferUseCase;
import fi.kokemus.ordering.application.port.in.ChooseCandidateUseCase;
import fi.kokemus.ordering.application.port.in.PlaceOrderCommand;
import fi.kokemus.ordering.application.port.in.PlaceOrderUseCase;
import fi.kokemus.ordering.application.port.in.ProposeCandidatesUseCase;
import fi.kokemus.ordering.application.port.in.ReportWorkUseCase;
import fi.kokemus.ordering.application.port.in.SessionWorkRef;
import fi.kokemus.ordering.application.service.InMemoryExpertDirectory;
import fi.kokemus.ordering.application.service.InMemoryOrderRepository;
import fi.kokemus.ordering.domain.AssignmentId;
import fi.kokemus.ordering.domain.ExpertRole;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.ordering.domain.OrderingUnit;
import fi.kokemus.ordering.domain.Outcome;
import fi.kokemus.ordering.domain.Route;
import fi.kokemus.ordering.domain.SessionId;
import fi.kokemus.ordering.domain.Travel;
import fi.kokemus.ordering.domain.WorkReport;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.test.MutableClock;
import fi.kokemus.platform.test.PlatformWebMvcTest;
import fi.kokemus.platform.test.TestActors;
import java.time.Duration;
import java.util.List;
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

// The calendar feed's controller has its own test over its own store.
@PlatformWebMvcTest(controllers = {OrderController.class, CoordinationController.class, AssignmentController.class,
    MyAssignmentsController.class})
@Import(WebTestWiring.class)
class OrderingWebTest {

    private static final String ORDERS = "/api/ordering/orders";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ORDER_JSON = """
            {"taskType": "LECTURE_REGIONAL", "role": "EXPERT_BY_EXPERIENCE", "topic": "Recovery from depression",
             "audience": "PROFESSIONALS", "eventScope": "REGIONAL", "startsAt": "2026-03-09T08:00:00Z",
             "durationMinutes": 90, "place": "Kokkola central hospital, hall B", "costCentre": "CC-4100",
             "language": "fi", "description": "Talk for the ward staff's training day"}
            """;
    private static final String REPORT_JSON = """
            {"outcome": "HELD", "participants": 7, "minutesWorked": 95,
             "travel": {"ownCarKilometres": 42, "route": "Kokkola – Kannus – Kokkola"}}
            """;

    @Autowired
    private MockMvc mvc;
    @Autowired
    private InMemoryOrderRepository orders;
    @Autowired
    private InMemoryExpertDirectory experts;
    @Autowired
    private MutableClock clock;
    @Autowired
    private PlaceOrderUseCase placeOrder;
    @Autowired
    private ProposeCandidatesUseCase propose;
    @Autowired
    private ChooseCandidateUseCase choose;
    @Autowired
    private AcceptOfferUseCase accept;
    @Autowired
    private ReportWorkUseCase report;

    @BeforeEach
    void twoKnownExperts() {
        orders.clear();
        experts.clear();
        clock.set(NOW);
        experts.record(AINO, NOW);
        experts.record(OLLI, NOW);
    }

    @Nested
    class PlacingAnOrder {

        @Test
        void anOrdererGets201WithTheOrderItsSessionsAndItsLocation() throws Exception {
            mvc.perform(json(post(ORDERS), ORDER_JSON).with(ordererSoite()))
                    .andExpect(status().isCreated())
                    .andExpect(header().string("Location", matchesPattern(ORDERS + "/[0-9a-f-]{36}")))
                    .andExpect(jsonPath("$.state").value("OPEN"))
                    .andExpect(jsonPath("$.route").value("COORDINATED"))
                    .andExpect(jsonPath("$.unitId").value(SOITE_UNIT))
                    .andExpect(jsonPath("$.orderedBy").value("orderer.soite"))
                    .andExpect(jsonPath("$.expertsNeeded").value(1))
                    .andExpect(jsonPath("$.sessions", hasSize(1)))
                    .andExpect(jsonPath("$.sessions[0].startsAt").value("2026-03-09T08:00:00Z"))
                    .andExpect(jsonPath("$.assignments", hasSize(0)));
            assertThat(orders.findByUnit(new OrderingUnit(SOITE, SOITE_UNIT))).hasSize(1);
        }

        @Test
        void aSeriesGetsOneSessionPerAgreedMeeting() throws Exception {
            String body = orderWith(orderWith(orderWith(ORDER_JSON, "taskType", "\"GROUP_CO_LEADING\""),
                    "sessions", "3"), "frequency", "\"EVERY_TWO_WEEKS\"");

            mvc.perform(json(post(ORDERS), body).with(ordererSoite()))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.groupWork").value(true))
                    .andExpect(jsonPath("$.sessions[2].startsAt").value("2026-04-06T07:00:00Z"));
        }

        @Test
        void onlyOrderersPlaceOrders() throws Exception {
            for (RequestPostProcessor other : new RequestPostProcessor[] {coordinatorSoite(), expertSoite(),
                    as("finance.soite", Role.FINANCE), as("ngo.soite", Role.NGO_PARTNER), as("admin", Role.ADMIN)}) {
                expectProblem(mvc.perform(json(post(ORDERS), ORDER_JSON).with(other)), 403, "role-required");
            }
            expectProblem(mvc.perform(json(post(ORDERS), ORDER_JSON)), 401, "unauthenticated");
            assertThat(orders.findByUnit(new OrderingUnit(SOITE, SOITE_UNIT))).isEmpty();
        }

        @ParameterizedTest(name = "{0}={1}")
        @CsvSource(delimiter = '|', value = {
            "audience        | \"NOBODY\"                 | malformed-body",
            "startsAt        | \"next tuesday\"           | malformed-body",
            "durationMinutes | 10                         | invalid-input",
            "role            | null                       | invalid-input",
            "expertsNeeded   | 6                          | invalid-input",
            "language        | \"finnish\"                | invalid-input",
            "startsAt        | \"2026-03-01T08:00:00Z\"   | order-in-past",
            "remote          | true                       | invalid-venue",
            "taskType        | \"GROUP_GUIDANCE\"         | unknown-task-type",
            "taskType        | \"CLIENT_SUPPORT\"         | consent-required",
            "sessionTimes    | [\"2026-03-10T08:00:00Z\"] | invalid-schedule",
            "route           | \"DIRECT\"                 | invalid-input"
        })
        void badInputIsA400AndStoresNothing(String field, String value, String problem) throws Exception {
            expectProblem(mvc.perform(json(post(ORDERS), orderWith(ORDER_JSON, field, value)).with(ordererSoite())),
                    400, problem);
            assertThat(orders.findByUnit(new OrderingUnit(SOITE, SOITE_UNIT))).isEmpty();
        }

        @Test
        void soiteNamesNoExpertByExperienceDirectlyButItaUusimaaDoes() throws Exception {
            String direct = orderWith(orderWith(ORDER_JSON, "route", "\"DIRECT\""), "expertIds", "[\"expert-aino\"]");
            expectProblem(mvc.perform(json(post(ORDERS), direct).with(ordererSoite())), 400, "direct-order-not-allowed");

            experts.record(expert("expert-itu", "expert.itu", ITU), NOW);
            String ituDirect = orderWith(orderWith(orderWith(ORDER_JSON, "route", "\"DIRECT\""), "expertIds",
                    "[\"expert-itu\"]"), "taskType", "\"LECTURE\"");
            mvc.perform(json(post(ORDERS), ituDirect).with(as("orderer.itu", Role.ORDERER, ITU, ITU_UNIT)))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.state").value("OFFERED"))
                    .andExpect(jsonPath("$.assignments[0].expertId").value("expert-itu"));
        }
    }

    @Nested
    class FindingAnExpert {

        @Test
        void theCoordinatorSeesTheQueueWithWaitingTimes() throws Exception {
            OrderId id = placed();
            clock.advance(Duration.ofMinutes(45));

            mvc.perform(get("/api/ordering/queue").with(coordinatorSoite()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$", hasSize(1)))
                    .andExpect(jsonPath("$[0].order.id").value(id.toString()))
                    .andExpect(jsonPath("$[0].waitingMinutes").value(45));
            mvc.perform(get("/api/ordering/queue").with(as("coordinator.itu", Role.COORDINATOR, ITU, null)))
                    .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
            for (RequestPostProcessor other : new RequestPostProcessor[] {ordererSoite(), expertSoite(),
                    as("finance.soite", Role.FINANCE), as("admin", Role.ADMIN)}) {
                expectProblem(mvc.perform(get("/api/ordering/queue").with(other)), 403, "role-required");
            }
        }

        @Test
        void theCoordinatorSearchesCandidatesAndProposesThemAndTheUnitChooses() throws Exception {
            OrderId id = placed();

            mvc.perform(get(ORDERS + "/" + id + "/candidates").with(coordinatorSoite()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[*].expertId").value(contains("expert-aino", "expert-olli")));
            mvc.perform(json(post(ORDERS + "/" + id + "/proposals"), "{\"expertIds\": [\"expert-aino\", \"expert-olli\"]}")
                            .with(coordinatorSoite()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.state").value("AWAITING_CHOICE"))
                    .andExpect(jsonPath("$.candidates", hasSize(2)));
            mvc.perform(json(post(ORDERS + "/" + id + "/choice"), "{\"expertId\": \"expert-olli\"}").with(ordererSoite()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.state").value("OFFERED"))
                    .andExpect(jsonPath("$.assignments[0].expertId").value("expert-olli"))
                    .andExpect(jsonPath("$.assignments[0].expiresAt").value("2026-03-05T08:00:00Z"));
        }

        @Test
        void othersCannotProposeOrChoose() throws Exception {
            OrderId id = placed();
            String proposal = "{\"expertIds\": [\"expert-aino\"]}";

            expectProblem(mvc.perform(json(post(ORDERS + "/" + id + "/proposals"), proposal)
                    .with(as("coordinator.itu", Role.COORDINATOR, ITU, null))), 403, "other-county");
            expectProblem(mvc.perform(json(post(ORDERS + "/" + id + "/proposals"), proposal).with(ordererSoite())),
                    403, "role-required");
            expectProblem(mvc.perform(get(ORDERS + "/" + id + "/candidates").with(ordererSoite())), 403, "role-required");
            mvc.perform(json(post(ORDERS + "/" + id + "/proposals"), proposal).with(coordinatorSoite()))
                    .andExpect(status().isOk());
            expectProblem(mvc.perform(json(post(ORDERS + "/" + id + "/choice"), "{\"expertId\": \"expert-aino\"}")
                    .with(as("orderer.soite2", Role.ORDERER, SOITE, SOITE_OTHER_UNIT))), 403, "other-unit");
            expectProblem(mvc.perform(json(post(ORDERS + "/" + id + "/choice"), "{\"expertId\": \"expert-olli\"}")
                    .with(ordererSoite())), 409, "not-a-candidate");
            expectProblem(mvc.perform(json(post(ORDERS + "/" + id + "/proposals"), "{\"expertIds\": []}")
                    .with(coordinatorSoite())), 400, "invalid-input");
        }
    }

    @Nested
    class AnsweringAnOffer {

        @Test
        void theOfferedExpertAcceptsAndTheOrderIsConfirmed() throws Exception {
            Offer offer = offeredToAino();

            mvc.perform(post(offer.step("accept")).with(expertSoite()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.state").value("CONFIRMED"))
                    .andExpect(jsonPath("$.candidates", hasSize(0)))
                    .andExpect(jsonPath("$.assignments[0].state").value("ACCEPTED"));
        }

        @Test
        void anotherExpertCannotAnswerAndAnExpiredOfferCannotBeAccepted() throws Exception {
            Offer offer = offeredToAino();

            expectProblem(mvc.perform(post(offer.step("accept")).with(expertOther())), 403, "not-your-offer");
            expectProblem(mvc.perform(post(offer.step("accept")).with(ordererSoite())), 403, "role-required");
            clock.advance(OFFER_VALIDITY);
            expectProblem(mvc.perform(post(offer.step("accept")).with(expertSoite())), 409, "offer-expired");
            mvc.perform(get(ORDERS + "/" + offer.orderId()).with(ordererSoite()))
                    .andExpect(jsonPath("$.state").value("OPEN"));
        }

        @Test
        void aDeclineIsFinal() throws Exception {
            Offer offer = offeredToAino();

            mvc.perform(json(post(offer.step("decline")), "{\"reason\": \"Too far\"}").with(expertSoite()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.state").value("OPEN"))
                    .andExpect(jsonPath("$.assignments[0].declineReason").value("Too far"));
            expectProblem(mvc.perform(post(offer.step("accept")).with(expertSoite())), 409, "offer-not-open");
        }

        @Test
        void theExpertSeesOnlyTheirOwnOffers() throws Exception {
            Offer offer = offeredToAino();

            mvc.perform(get("/api/ordering/my/assignments").with(expertSoite()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$", hasSize(1)))
                    .andExpect(jsonPath("$[0].assignment.assignmentId").value(offer.assignmentId()))
                    .andExpect(jsonPath("$[0].order.candidates", hasSize(0)));
            mvc.perform(get("/api/ordering/my/assignments").with(expertOther()))
                    .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
            expectProblem(mvc.perform(get("/api/ordering/my/assignments").with(ordererSoite())), 403, "role-required");
        }
    }

    @Nested
    class ChangingAnOrder {

        @Test
        void theCoordinatorReschedulesASessionByAgreement() throws Exception {
            Offer offer = acceptedByAino();
            String sessionId = sessionOf(offer);

            mvc.perform(json(post(ORDERS + "/" + offer.orderId() + "/sessions/" + sessionId + "/reschedule"),
                            "{\"startsAt\": \"2026-03-10T08:00:00Z\", \"durationMinutes\": 60}").with(coordinatorSoite()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.sessions[0].sessionId").value(sessionId))
                    .andExpect(jsonPath("$.sessions[0].startsAt").value("2026-03-10T08:00:00Z"));
            mvc.perform(get(ORDERS + "/" + offer.orderId() + "/history").with(ordererSoite()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$[-1].step").value("SESSION_RESCHEDULED"))
                    .andExpect(jsonPath("$[-1].by").value("coordinator.soite"));
        }

        @Test
        void theOrdererCancelsWithAReasonAndOthersCannot() throws Exception {
            Offer offer = acceptedByAino();
            String cancel = ORDERS + "/" + offer.orderId() + "/cancel";

            expectProblem(mvc.perform(json(post(cancel), "{\"reason\": \"No\"}").with(coordinatorSoite())), 403,
                    "role-required");
            expectProblem(mvc.perform(json(post(cancel), "{\"reason\": \"No\"}")
                    .with(as("orderer.soite2", Role.ORDERER, SOITE, SOITE_OTHER_UNIT))), 403, "other-unit");
            expectProblem(mvc.perform(json(post(cancel), "{}").with(ordererSoite())), 400, "invalid-input");
            mvc.perform(json(post(cancel), "{\"reason\": \"The ward closes\"}").with(ordererSoite()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.state").value("CANCELLED"))
                    .andExpect(jsonPath("$.cancellation.cancelledAt").value("2026-03-02T08:00:00Z"))
                    .andExpect(jsonPath("$.sessions[0].status").value("CANCELLED"));
        }

        @Test
        void anExpertWhoFallsIllReopensTheOrder() throws Exception {
            Offer offer = acceptedByAino();

            mvc.perform(json(post(offer.step("cancel")), "{\"cause\": \"ILLNESS\"}").with(expertSoite()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.state").value("OPEN"))
                    .andExpect(jsonPath("$.assignments[0].cancelCause").value("ILLNESS"));
            mvc.perform(get("/api/ordering/queue").with(coordinatorSoite()))
                    .andExpect(jsonPath("$[0].order.id").value(offer.orderId()));
        }

        @Test
        void aLectureCannotEndEarly() throws Exception {
            Offer offer = acceptedByAino();

            expectProblem(mvc.perform(json(post(ORDERS + "/" + offer.orderId() + "/end-early"), "{\"reason\": \"AGREED\"}")
                    .with(ordererSoite())), 409, "not-group-work");
        }
    }

    @Nested
    class ReportingWork {

        @Test
        void workIsReportedAfterTheSessionAndApprovedByTheUnit() throws Exception {
            Offer offer = acceptedByAino();
            String session = offer.step("sessions/" + sessionOf(offer));

            expectProblem(mvc.perform(json(post(session + "/report"), REPORT_JSON).with(expertSoite())), 409,
                    "session-not-started");
            expectProblem(mvc.perform(post(session + "/approve").with(ordererSoite())), 409, "not-reported");
            clock.set(NOW.plus(Duration.ofDays(7)).plus(Duration.ofHours(2)));
            mvc.perform(json(post(session + "/report"), REPORT_JSON).with(expertSoite()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.assignments[0].work[0].state").value("REPORTED"))
                    .andExpect(jsonPath("$.assignments[0].work[0].travel.ownCarKilometres").value(42))
                    .andExpect(jsonPath("$.assignments[0].work[0].travel.usualMealPlaceUnavailable").value(false));
            expectProblem(mvc.perform(post(session + "/approve").with(coordinatorSoite())), 403, "role-required");
            mvc.perform(post(session + "/approve").with(ordererSoite()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.state").value("COMPLETED"))
                    .andExpect(jsonPath("$.assignments[0].work[0].decidedBy").value("orderer.soite"));
        }

        @Test
        void returnedWorkCarriesTheComment() throws Exception {
            Offer offer = acceptedByAino();
            clock.set(NOW.plus(Duration.ofDays(8)));
            report.report(EXPERT_SOITE, offer.ref(sessionOf(offer)),
                    new WorkReport(Outcome.HELD, 7, 90, Travel.NONE, false, null));

            mvc.perform(json(post(offer.step("sessions/" + sessionOf(offer) + "/return")), "{\"comment\": \"Add the km\"}")
                            .with(ordererSoite()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.assignments[0].work[0].state").value("RETURNED"))
                    .andExpect(jsonPath("$.assignments[0].work[0].comment").value("Add the km"));
            expectProblem(mvc.perform(json(post(offer.step("sessions/" + sessionOf(offer) + "/report")), REPORT_JSON)
                    .with(expertOther())), 403, "not-your-offer");
        }

        private String reportPathAfterTheSession(Offer offer) {
            clock.set(NOW.plus(Duration.ofDays(8)));
            return offer.step("sessions/" + sessionOf(offer) + "/report");
        }

        @Test
        void theTravelPartSaysWhetherTheTripKeptTheExpertFromTheirUsualPlaceToEat() throws Exception {
            Offer offer = acceptedByAino();
            String reportPath = reportPathAfterTheSession(offer);

            expectProblem(mvc.perform(json(post(reportPath), "{\"outcome\": \"HELD\", \"participants\": 3,"
                    + " \"minutesWorked\": 30, \"travel\": {\"usualMealPlaceUnavailable\": \"perhaps\"}}")
                    .with(expertSoite())), 400, "malformed-body");
            assertThat(orders.find(OrderId.parse(offer.orderId())).orElseThrow().assignments().get(0).work()).isEmpty();
            mvc.perform(json(post(reportPath), """
                            {"outcome": "HELD", "participants": 3, "minutesWorked": 30,
                             "travel": {"awayMinutes": 240, "farthestKilometres": 6, "usualMealPlaceUnavailable": true}}
                            """).with(expertSoite()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.assignments[0].work[0].travel.usualMealPlaceUnavailable").value(true));
        }

        @Test
        void badReportsAre400() throws Exception {
            Offer offer = acceptedByAino();
            String reportPath = reportPathAfterTheSession(offer);

            expectProblem(mvc.perform(json(post(reportPath), "{\"outcome\": \"CLIENT_NO_SHOW\", \"participants\": 0,"
                    + " \"minutesWorked\": 30}").with(expertSoite())), 400, "invalid-outcome");
            expectProblem(mvc.perform(json(post(reportPath), "{\"outcome\": \"HELD\", \"participants\": 3,"
                    + " \"minutesWorked\": 30, \"travel\": {\"ownCarKilometres\": 12}}").with(expertSoite())), 400,
                    "invalid-input");
        }
    }

    @Nested
    class ReadingOrders {

        @Test
        void theUnitTheCoordinatorAndTheOfferedExpertSeeTheOrder() throws Exception {
            Offer offer = offeredToAino();

            for (RequestPostProcessor viewer : new RequestPostProcessor[] {ordererSoite(), coordinatorSoite(), expertSoite()}) {
                mvc.perform(get(ORDERS + "/" + offer.orderId()).with(viewer))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.id").value(offer.orderId()))
                        .andExpect(jsonPath("$.assignments[0].expertUsername").value("expert.soite"));
            }
        }

        @Test
        void othersAreRefused() throws Exception {
            Offer offer = offeredToAino();

            for (RequestPostProcessor outsider : new RequestPostProcessor[] {
                    as("orderer.soite2", Role.ORDERER, SOITE, SOITE_OTHER_UNIT), as("orderer.itu", Role.ORDERER, ITU, ITU_UNIT),
                    as("coordinator.itu", Role.COORDINATOR, ITU, null), expertOther(), as("finance.soite", Role.FINANCE),
                    as("ngo.soite", Role.NGO_PARTNER), as("admin", Role.ADMIN)}) {
                expectProblem(mvc.perform(get(ORDERS + "/" + offer.orderId()).with(outsider)), 403, "not-your-order");
                expectProblem(mvc.perform(get(ORDERS + "/" + offer.orderId() + "/history").with(outsider)), 403,
                        "not-your-order");
            }
        }

        @Test
        void theUnitListsItsOwnOrders() throws Exception {
            OrderId id = placed();

            mvc.perform(get(ORDERS).with(ordererSoite()))
                    .andExpect(status().isOk()).andExpect(jsonPath("$[*].id").value(contains(id.toString())));
            mvc.perform(get(ORDERS).with(as("orderer.soite2", Role.ORDERER, SOITE, SOITE_OTHER_UNIT)))
                    .andExpect(status().isOk()).andExpect(jsonPath("$", hasSize(0)));
            expectProblem(mvc.perform(get(ORDERS).with(coordinatorSoite())), 403, "role-required");
        }

        @Test
        void aMalformedIdIs400AndAnUnknownOne404() throws Exception {
            expectProblem(mvc.perform(get(ORDERS + "/not-a-uuid").with(coordinatorSoite())), 400, "invalid-parameter");
            expectProblem(mvc.perform(get(ORDERS + "/" + UUID.randomUUID()).with(coordinatorSoite())), 404,
                    "order-not-found");
        }
    }

    /** An offer's ids, and the paths of its steps. */
    private record Offer(String orderId, String assignmentId) {

        String step(String action) {
            return ORDERS + "/" + orderId + "/assignments/" + assignmentId + "/" + action;
        }

        SessionWorkRef ref(String sessionId) {
            return new SessionWorkRef(OrderId.parse(orderId), AssignmentId.parse(assignmentId),
                    SessionId.parse(sessionId));
        }
    }

    private OrderId placed() {
        return placeOrder.place(ORDERER_SOITE, new PlaceOrderCommand(Route.COORDINATED,
                form("LECTURE_REGIONAL",
                        ExpertRole.EXPERT_BY_EXPERIENCE, 1, null), weekly(1), List.of())).id();
    }

    private Offer offeredToAino() {
        OrderId id = placed();
        propose.propose(COORDINATOR_SOITE, id, List.of(AINO.expertId()));
        Order order = choose.choose(ORDERER_SOITE, id, AINO.expertId());
        return new Offer(id.toString(), order.assignments().get(0).id().toString());
    }

    private Offer acceptedByAino() {
        Offer offer = offeredToAino();
        accept.accept(EXPERT_SOITE, OrderId.parse(offer.orderId()),
                AssignmentId.parse(offer.assignmentId()));
        return offer;
    }

    private String sessionOf(Offer offer) {
        return orders.get(OrderId.parse(offer.orderId())).sessions().get(0).id().toString();
    }

    /** The order form with one field set to a JSON value. */
    private static String orderWith(String order, String field, String jsonValue) {
        ObjectNode node = (ObjectNode) JSON.readTree(order);
        node.set(field, JSON.readTree(jsonValue));
        return JSON.writeValueAsString(node);
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static ResultActions expectProblem(ResultActions result, int status, String code) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:kokemus:problem:" + code));
    }

    private static RequestPostProcessor as(String username, Role role) {
        return as(username, role, SOITE, null);
    }

    private static RequestPostProcessor as(String username, Role role, String county, String organisation) {
        return TestActors.as(username, role, county, organisation);
    }

    private static RequestPostProcessor ordererSoite() {
        return as("orderer.soite", Role.ORDERER, SOITE, SOITE_UNIT);
    }

    private static RequestPostProcessor coordinatorSoite() {
        return as("coordinator.soite", Role.COORDINATOR);
    }

    private static RequestPostProcessor expertSoite() {
        return as("expert.soite", Role.EXPERT, SOITE, "ngo-keski");
    }

    private static RequestPostProcessor expertOther() {
        return as("expert.other", Role.EXPERT, SOITE, "ngo-keski");
    }
}
