package fi.kokemus.ordering.config;

import fi.kokemus.ordering.application.port.out.ExpertDirectory;
import fi.kokemus.ordering.application.port.out.OrderRepository;
import fi.kokemus.ordering.application.service.AcceptAssignmentService;
import fi.kokemus.ordering.application.service.ApproveWorkService;
import fi.kokemus.ordering.application.service.AssignExpertService;
import fi.kokemus.ordering.application.service.DeclineAssignmentService;
import fi.kokemus.ordering.application.service.ExpertDirectoryService;
import fi.kokemus.ordering.application.service.GetOrderService;
import fi.kokemus.ordering.application.service.ListMyAssignmentsService;
import fi.kokemus.ordering.application.service.ListOrdersService;
import fi.kokemus.ordering.application.service.PlaceOrderService;
import fi.kokemus.ordering.application.service.ReportWorkService;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases, wired to whatever adapters implement their ports. */
@Configuration(proxyBeanMethods = false)
public class UseCaseConfiguration {

    @Bean
    PlaceOrderService placeOrderService(OrderRepository orders, Clock clock) {
        return new PlaceOrderService(orders, clock);
    }

    @Bean
    AssignExpertService assignExpertService(OrderRepository orders, ExpertDirectory experts) {
        return new AssignExpertService(orders, experts);
    }

    @Bean
    AcceptAssignmentService acceptAssignmentService(OrderRepository orders) {
        return new AcceptAssignmentService(orders);
    }

    @Bean
    DeclineAssignmentService declineAssignmentService(OrderRepository orders) {
        return new DeclineAssignmentService(orders);
    }

    @Bean
    ReportWorkService reportWorkService(OrderRepository orders) {
        return new ReportWorkService(orders);
    }

    @Bean
    ApproveWorkService approveWorkService(OrderRepository orders) {
        return new ApproveWorkService(orders);
    }

    @Bean
    GetOrderService getOrderService(OrderRepository orders) {
        return new GetOrderService(orders);
    }

    @Bean
    ListOrdersService listOrdersService(OrderRepository orders) {
        return new ListOrdersService(orders);
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
