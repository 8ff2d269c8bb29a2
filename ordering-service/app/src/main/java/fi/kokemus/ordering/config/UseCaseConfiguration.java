package fi.kokemus.ordering.config;

import fi.kokemus.ordering.application.port.out.ExpertBookings;
import fi.kokemus.ordering.application.port.out.ExpertDirectory;
import fi.kokemus.ordering.application.port.out.OrderRepository;
import fi.kokemus.ordering.application.service.AcceptOfferService;
import fi.kokemus.ordering.application.service.ApproveWorkService;
import fi.kokemus.ordering.application.service.Calendars;
import fi.kokemus.ordering.application.service.CancelOrderService;
import fi.kokemus.ordering.application.service.CoordinatorQueueService;
import fi.kokemus.ordering.application.service.DeclineOfferService;
import fi.kokemus.ordering.application.service.EndGroupEarlyService;
import fi.kokemus.ordering.application.service.ExpertDirectoryService;
import fi.kokemus.ordering.application.service.FindCandidatesService;
import fi.kokemus.ordering.application.service.GetOrderService;
import fi.kokemus.ordering.application.service.ListMyAssignmentsService;
import fi.kokemus.ordering.application.service.ListUnitOrdersService;
import fi.kokemus.ordering.application.service.OfferToExpertService;
import fi.kokemus.ordering.application.service.PlaceOrderService;
import fi.kokemus.ordering.application.service.ProposeCandidatesService;
import fi.kokemus.ordering.application.service.ReportWorkService;
import fi.kokemus.ordering.application.service.RescheduleSessionService;
import fi.kokemus.ordering.application.service.ReturnWorkService;
import fi.kokemus.ordering.application.service.WithdrawFromAssignmentService;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The use cases, wired to whatever adapters implement their ports. An offer stays open for
 * {@code kokemus.ordering.offer-validity} (never past the start of the first session).
 */
@Configuration(proxyBeanMethods = false)
public class UseCaseConfiguration {

    private final Duration offerValidity;

    public UseCaseConfiguration(@Value("${kokemus.ordering.offer-validity:72h}") Duration offerValidity) {
        this.offerValidity = offerValidity;
    }

    @Bean
    Calendars calendars(ExpertDirectory experts, ExpertBookings bookings) {
        return new Calendars(experts, bookings);
    }

    @Bean
    PlaceOrderService placeOrderService(OrderRepository orders, Calendars calendars, Clock clock) {
        return new PlaceOrderService(orders, calendars, clock, offerValidity);
    }

    @Bean
    ProposeCandidatesService proposeCandidatesService(OrderRepository orders, Calendars calendars, Clock clock) {
        return new ProposeCandidatesService(orders, calendars, clock);
    }

    @Bean
    OfferToExpertService offerToExpertService(OrderRepository orders, Calendars calendars, Clock clock) {
        return new OfferToExpertService(orders, calendars, clock, offerValidity);
    }

    @Bean
    AcceptOfferService acceptOfferService(OrderRepository orders, Calendars calendars, Clock clock) {
        return new AcceptOfferService(orders, calendars, clock);
    }

    @Bean
    DeclineOfferService declineOfferService(OrderRepository orders, Clock clock) {
        return new DeclineOfferService(orders, clock);
    }

    @Bean
    WithdrawFromAssignmentService withdrawFromAssignmentService(OrderRepository orders, Clock clock) {
        return new WithdrawFromAssignmentService(orders, clock);
    }

    @Bean
    RescheduleSessionService rescheduleSessionService(OrderRepository orders, Calendars calendars, Clock clock) {
        return new RescheduleSessionService(orders, calendars, clock);
    }

    @Bean
    CancelOrderService cancelOrderService(OrderRepository orders, Clock clock) {
        return new CancelOrderService(orders, clock);
    }

    @Bean
    EndGroupEarlyService endGroupEarlyService(OrderRepository orders, Clock clock) {
        return new EndGroupEarlyService(orders, clock);
    }

    @Bean
    ReportWorkService reportWorkService(OrderRepository orders, Clock clock) {
        return new ReportWorkService(orders, clock);
    }

    @Bean
    ApproveWorkService approveWorkService(OrderRepository orders, Clock clock) {
        return new ApproveWorkService(orders, clock);
    }

    @Bean
    ReturnWorkService returnWorkService(OrderRepository orders, Clock clock) {
        return new ReturnWorkService(orders, clock);
    }

    @Bean
    GetOrderService getOrderService(OrderRepository orders) {
        return new GetOrderService(orders);
    }

    @Bean
    CoordinatorQueueService coordinatorQueueService(OrderRepository orders, Clock clock) {
        return new CoordinatorQueueService(orders, clock);
    }

    @Bean
    FindCandidatesService findCandidatesService(OrderRepository orders, ExpertDirectory experts, Calendars calendars,
            Clock clock) {
        return new FindCandidatesService(orders, experts, calendars, clock);
    }

    @Bean
    ListUnitOrdersService listUnitOrdersService(OrderRepository orders) {
        return new ListUnitOrdersService(orders);
    }

    @Bean
    ListMyAssignmentsService listMyAssignmentsService(OrderRepository orders) {
        return new ListMyAssignmentsService(orders);
    }

    @Bean
    ExpertDirectoryService expertDirectoryService(ExpertDirectory experts) {
        return new ExpertDirectoryService(experts);
    }
}
