package fi.kokemus.ordering.adapter.in.web;

import fi.kokemus.ordering.application.port.in.ChooseCandidateUseCase;
import fi.kokemus.ordering.application.port.in.CoordinatorQueueUseCase;
import fi.kokemus.ordering.application.port.in.FindCandidatesUseCase;
import fi.kokemus.ordering.application.port.in.NameExpertUseCase;
import fi.kokemus.ordering.application.port.in.ProposeCandidatesUseCase;
import fi.kokemus.ordering.domain.Expert;
import fi.kokemus.ordering.domain.OrderId;
import fi.kokemus.platform.actor.Actor;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Finding experts for an order: the coordinator's queue, search and proposal, the unit's choice or naming. */
@RestController
public class CoordinationController {

    /** @param waitingMinutes how long the order has waited for a candidate */
    public record QueuedOrderResponse(OrderResponse order, Instant waitingSince, long waitingMinutes) {
    }

    public record CandidateResponse(String expertId, String displayName, String homeCounty, Set<String> roles,
            Set<String> topics, Set<String> languages, Set<String> taskTypes) {

        static CandidateResponse of(Expert expert) {
            return new CandidateResponse(expert.expertId(), expert.displayName(), expert.homeCounty(), expert.roles(),
                    expert.topics(), expert.languages(), expert.taskTypes());
        }
    }

    private final OrderViews views;
    private final CoordinatorQueueUseCase queue;
    private final FindCandidatesUseCase findCandidates;
    private final ProposeCandidatesUseCase proposeCandidates;
    private final ChooseCandidateUseCase chooseCandidate;
    private final NameExpertUseCase nameExpert;

    public CoordinationController(CoordinatorQueueUseCase queue, FindCandidatesUseCase findCandidates,
            ProposeCandidatesUseCase proposeCandidates, ChooseCandidateUseCase chooseCandidate,
            NameExpertUseCase nameExpert, OrderViews views) {
        this.views = views;
        this.queue = queue;
        this.findCandidates = findCandidates;
        this.proposeCandidates = proposeCandidates;
        this.chooseCandidate = chooseCandidate;
        this.nameExpert = nameExpert;
    }

    @GetMapping("/api/ordering/queue")
    public List<QueuedOrderResponse> queue(Actor actor) {
        return queue.queue(actor).stream()
                .map(queued -> new QueuedOrderResponse(views.of(queued.order(), actor), queued.waitingSince(),
                        queued.waited().toMinutes()))
                .toList();
    }

    /** @param topic an experience topic code the candidates must have, e.g. {@code MENTAL_HEALTH} */
    @GetMapping(OrderController.ORDERS + "/{orderId}/candidates")
    public List<CandidateResponse> candidates(Actor actor, @PathVariable UUID orderId,
            @RequestParam(required = false) String topic) {
        return findCandidates.find(actor, new OrderId(orderId), topic).stream().map(CandidateResponse::of).toList();
    }

    @PostMapping(OrderController.ORDERS + "/{orderId}/proposals")
    public OrderResponse propose(Actor actor, @PathVariable UUID orderId, @Valid @RequestBody Requests.Proposal request) {
        return views.of(proposeCandidates.propose(actor, new OrderId(orderId), request.expertIds()), actor);
    }

    @PostMapping(OrderController.ORDERS + "/{orderId}/choice")
    public OrderResponse choose(Actor actor, @PathVariable UUID orderId,
            @Valid @RequestBody Requests.ExpertChoice request) {
        return views.of(chooseCandidate.choose(actor, new OrderId(orderId), request.expertId()), actor);
    }

    @PostMapping(OrderController.ORDERS + "/{orderId}/offers")
    public OrderResponse offerDirectly(Actor actor, @PathVariable UUID orderId,
            @Valid @RequestBody Requests.ExpertChoice request) {
        return views.of(nameExpert.name(actor, new OrderId(orderId), request.expertId()), actor);
    }
}
