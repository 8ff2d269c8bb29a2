package fi.kokemus.ordering.domain;

import fi.kokemus.platform.problem.DomainProblem;

public class OrderNotFoundException extends DomainProblem {

    public OrderNotFoundException(OrderId orderId) {
        super(Kind.NOT_FOUND, "order-not-found", "No order " + orderId, null);
    }
}
