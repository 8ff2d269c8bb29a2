package fi.kokemus.ordering.adapter.in.web;

import fi.kokemus.ordering.application.port.in.GetOrderUseCase;
import fi.kokemus.ordering.application.port.in.ListOrdersQuery;
import fi.kokemus.ordering.application.port.in.ListOrdersUseCase;
import fi.kokemus.ordering.application.port.in.PlaceOrderUseCase;
import fi.kokemus.ordering.domain.Order;
import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.ordering.domain.OrderState;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(OrderController.ORDERS)
public class OrderController {

    static final String ORDERS = "/api/ordering/orders";

    private final PlaceOrderUseCase placeOrder;
    private final GetOrderUseCase getOrder;
    private final ListOrdersUseCase listOrders;

    public OrderController(PlaceOrderUseCase placeOrder, GetOrderUseCase getOrder, ListOrdersUseCase listOrders) {
        this.placeOrder = placeOrder;
        this.getOrder = getOrder;
        this.listOrders = listOrders;
    }

    @PostMapping
    public ResponseEntity<OrderResponse> place(Actor actor, @Valid @RequestBody PlaceOrderRequest request) {
        Order order = placeOrder.place(actor, request.toForm());
        return ResponseEntity.created(locationOf(order)).body(OrderResponse.of(order, actor));
    }

    @GetMapping("/{orderId}")
    public OrderResponse get(Actor actor, @PathVariable UUID orderId) {
        return OrderResponse.of(getOrder.get(actor, new OrderId(orderId)), actor);
    }

    @GetMapping
    public List<OrderResponse> list(Actor actor, @RequestParam(required = false) OrderState state) {
        return listOrders.list(actor, new ListOrdersQuery(state)).stream()
                .map(order -> OrderResponse.of(order, actor))
                .toList();
    }

    static URI locationOf(Order order) {
        return URI.create(ORDERS + "/" + order.id());
    }
}
