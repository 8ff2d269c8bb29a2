package fi.kokemus.ordering.adapter.in.web;

import fi.kokemus.ordering.application.port.in.CancelOrderUseCase;
import fi.kokemus.ordering.application.port.in.EndGroupEarlyUseCase;
import fi.kokemus.ordering.application.port.in.GetOrderUseCase;
import fi.kokemus.ordering.application.port.in.ListUnitOrdersUseCase;
import fi.kokemus.ordering.application.port.in.PlaceOrderUseCase;
import fi.kokemus.ordering.application.port.in.RescheduleSessionCommand;
import fi.kokemus.ordering.application.port.in.RescheduleSessionUseCase;
import fi.kokemus.ordering.domain.HistoryEntry;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.ordering.domain.SessionId;
import fi.kokemus.platform.actor.Actor;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Orders as the ordering unit places and changes them; reading is open to everyone with a part in the order. */
@RestController
@RequestMapping(OrderController.ORDERS)
public class OrderController {

    static final String ORDERS = "/api/ordering/orders";

    private final OrderViews views;
    private final PlaceOrderUseCase placeOrder;
    private final GetOrderUseCase getOrder;
    private final ListUnitOrdersUseCase listUnitOrders;
    private final CancelOrderUseCase cancelOrder;
    private final EndGroupEarlyUseCase endGroupEarly;
    private final RescheduleSessionUseCase rescheduleSession;

    public OrderController(PlaceOrderUseCase placeOrder, GetOrderUseCase getOrder, ListUnitOrdersUseCase listUnitOrders,
            CancelOrderUseCase cancelOrder, EndGroupEarlyUseCase endGroupEarly,
            RescheduleSessionUseCase rescheduleSession, OrderViews views) {
        this.views = views;
        this.placeOrder = placeOrder;
        this.getOrder = getOrder;
        this.listUnitOrders = listUnitOrders;
        this.cancelOrder = cancelOrder;
        this.endGroupEarly = endGroupEarly;
        this.rescheduleSession = rescheduleSession;
    }

    @PostMapping
    public ResponseEntity<OrderResponse> place(Actor actor, @Valid @RequestBody PlaceOrderRequest request) {
        Order order = placeOrder.place(actor, request.toCommand());
        return ResponseEntity.created(URI.create(ORDERS + "/" + order.id())).body(views.of(order, actor));
    }

    @GetMapping
    public List<OrderResponse> unitOrders(Actor actor) {
        return listUnitOrders.list(actor).stream().map(order -> views.of(order, actor)).toList();
    }

    @GetMapping("/{orderId}")
    public OrderResponse get(Actor actor, @PathVariable UUID orderId) {
        return views.of(getOrder.get(actor, new OrderId(orderId)), actor);
    }

    @GetMapping("/{orderId}/history")
    public List<HistoryEntry> history(Actor actor, @PathVariable UUID orderId) {
        return getOrder.get(actor, new OrderId(orderId)).history();
    }

    @PostMapping("/{orderId}/cancel")
    public OrderResponse cancel(Actor actor, @PathVariable UUID orderId,
            @Valid @RequestBody Requests.Cancellation request) {
        return views.of(cancelOrder.cancel(actor, new OrderId(orderId), request.reason()), actor);
    }

    @PostMapping("/{orderId}/end-early")
    public OrderResponse endEarly(Actor actor, @PathVariable UUID orderId, @Valid @RequestBody Requests.EarlyEnd request) {
        return views.of(endGroupEarly.endEarly(actor, new OrderId(orderId), request.reason()), actor);
    }

    @PostMapping("/{orderId}/sessions/{sessionId}/reschedule")
    public OrderResponse reschedule(Actor actor, @PathVariable UUID orderId, @PathVariable UUID sessionId,
            @Valid @RequestBody Requests.Reschedule request) {
        return views.of(rescheduleSession.reschedule(actor, new RescheduleSessionCommand(new OrderId(orderId),
                new SessionId(sessionId), request.startsAt(), request.durationMinutes())), actor);
    }
}
