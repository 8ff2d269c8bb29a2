package fi.kokemus.ordering.application.service;

import fi.kokemus.ordering.OrderingFixtures;
import fi.kokemus.platform.test.MutableClock;

/** The use cases over in-memory ports and a settable clock, as the service wires them. */
final class UseCases {

    final InMemoryOrderRepository orders = new InMemoryOrderRepository();
    final InMemoryExpertDirectory experts = new InMemoryExpertDirectory();
    final MutableClock clock = new MutableClock(OrderingFixtures.NOW);
    final Calendars calendars = new Calendars(experts, orders);

    final PlaceOrderService place = new PlaceOrderService(orders, calendars, clock, OrderingFixtures.OFFER_VALIDITY);
    final ProposeCandidatesService propose = new ProposeCandidatesService(orders, calendars, clock);
    final OfferToExpertService offer = new OfferToExpertService(orders, calendars, clock, OrderingFixtures.OFFER_VALIDITY);
    final AcceptOfferService accept = new AcceptOfferService(orders, calendars, clock);
    final DeclineOfferService decline = new DeclineOfferService(orders, clock);
    final WithdrawFromAssignmentService withdraw = new WithdrawFromAssignmentService(orders, clock);
    final RescheduleSessionService reschedule = new RescheduleSessionService(orders, calendars, clock);
    final CancelOrderService cancel = new CancelOrderService(orders, clock);
    final EndGroupEarlyService endEarly = new EndGroupEarlyService(orders, clock);
    final ReportWorkService report = new ReportWorkService(orders, clock);
    final ApproveWorkService approve = new ApproveWorkService(orders, clock);
    final ReturnWorkService returnWork = new ReturnWorkService(orders, clock);
    final GetOrderService get = new GetOrderService(orders);
    final CoordinatorQueueService queue = new CoordinatorQueueService(orders, clock);
    final FindCandidatesService candidates = new FindCandidatesService(orders, experts, calendars, clock);
    final ListUnitOrdersService unitOrders = new ListUnitOrdersService(orders);
    final ListMyAssignmentsService myAssignments = new ListMyAssignmentsService(orders);
}
