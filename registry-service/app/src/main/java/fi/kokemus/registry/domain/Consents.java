package fi.kokemus.registry.domain;

import fi.kokemus.platform.problem.DomainProblem;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The person's latest decision on each consent. Decisions arrive from the NGO's sync and from the
 * expert; the later-dated one wins, so a stale sync never undoes a withdrawal.
 */
public final class Consents {

    private final Map<ConsentKind, ConsentDecision> latest;

    private Consents(Map<ConsentKind, ConsentDecision> latest) {
        this.latest = Collections.unmodifiableMap(latest);
    }

    public static Consents none() {
        return new Consents(new EnumMap<>(ConsentKind.class));
    }

    /** The decisions as given: at most one per kind, none dated after {@code now}. */
    public static Consents of(Collection<ConsentDecision> decisions, Instant now) {
        Map<ConsentKind, ConsentDecision> byKind = new EnumMap<>(ConsentKind.class);
        for (ConsentDecision decision : Checks.present(decisions, "consents")) {
            Checks.present(decision, "consents");
            decision.requireMadeBy(now);
            if (byKind.put(decision.kind(), decision) != null) {
                throw DomainProblem.invalid(Checks.INVALID_VALUE,
                        "consents has more than one decision on " + decision.kind(), "consents");
            }
        }
        return new Consents(byKind);
    }

    /** As stored; no clock check. */
    public static Consents restore(Collection<ConsentDecision> decisions) {
        Map<ConsentKind, ConsentDecision> byKind = new EnumMap<>(ConsentKind.class);
        decisions.forEach(decision -> byKind.put(decision.kind(), decision));
        return new Consents(byKind);
    }

    /** These decisions, each replaced by a newer one from {@code incoming}. */
    public Consents merge(Consents incoming) {
        Map<ConsentKind, ConsentDecision> merged = new EnumMap<>(ConsentKind.class);
        merged.putAll(latest);
        incoming.latest.values().forEach(decision -> merged.merge(decision.kind(), decision,
                (kept, offered) -> offered.supersedes(kept) ? offered : kept));
        return new Consents(merged);
    }

    public boolean granted(ConsentKind kind) {
        return decision(kind).map(ConsentDecision::granted).orElse(false);
    }

    public Optional<ConsentDecision> decision(ConsentKind kind) {
        return Optional.ofNullable(latest.get(kind));
    }

    /** In the order of {@link ConsentKind}. */
    public List<ConsentDecision> decisions() {
        return List.copyOf(latest.values());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Consents consents && latest.equals(consents.latest);
    }

    @Override
    public int hashCode() {
        return latest.hashCode();
    }

    @Override
    public String toString() {
        return latest.values().toString();
    }
}
