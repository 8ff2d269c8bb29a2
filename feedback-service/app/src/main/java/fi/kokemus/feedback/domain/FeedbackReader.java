package fi.kokemus.feedback.domain;

import static fi.kokemus.feedback.domain.Disclosure.AGGREGATE_FROM_MINIMUM;
import static fi.kokemus.feedback.domain.Disclosure.AS_GIVEN;
import static fi.kokemus.feedback.domain.Disclosure.COUNT_ONLY;

import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who may read what a task's feedback says, and how much of each respondent group they see.
 * <p>
 * People answering in a working role (the unit's orderer) answer as themselves, so their answer is shown
 * as given. Members of the public answer trusting that nobody can pick their answer out: the audience and
 * the client are shown only in aggregate from the anonymity minimum on. A one-to-one client gives a single
 * answer per task, and both the unit and the expert know who the client was, so a client's answer is never
 * shown per task; the expert sees clients' answers pooled across their tasks instead. The self-assessment
 * is the expert's reflection for themself and the coordinator who supports them (as its form says), not
 * for the unit that ordered the work. Admins run the system and read no feedback.
 */
public enum FeedbackReader {
    /** The expert who did the work, on their own tasks only. */
    EXPERT(Map.of(Respondent.LISTENER, AGGREGATE_FROM_MINIMUM, Respondent.ORDERER, AS_GIVEN,
            Respondent.CLIENT, AGGREGATE_FROM_MINIMUM, Respondent.SELF_ASSESSMENT, AS_GIVEN)),
    /** Staff of the unit that ordered the work. */
    UNIT_ORDERER(Map.of(Respondent.LISTENER, AGGREGATE_FROM_MINIMUM, Respondent.ORDERER, AS_GIVEN,
            Respondent.CLIENT, AGGREGATE_FROM_MINIMUM, Respondent.SELF_ASSESSMENT, COUNT_ONLY)),
    /** A coordinator of the task's county. */
    COUNTY_COORDINATOR(Map.of(Respondent.LISTENER, AGGREGATE_FROM_MINIMUM, Respondent.ORDERER, AS_GIVEN,
            Respondent.CLIENT, AGGREGATE_FROM_MINIMUM, Respondent.SELF_ASSESSMENT, AS_GIVEN)),
    /** Whoever consumes feedback's events: they learn no more than the least entitled reader of the task. */
    EVENT_CONSUMER(Map.of(Respondent.LISTENER, AGGREGATE_FROM_MINIMUM, Respondent.ORDERER, AS_GIVEN,
            Respondent.CLIENT, AGGREGATE_FROM_MINIMUM, Respondent.SELF_ASSESSMENT, COUNT_ONLY));

    private final Map<Respondent, Disclosure> disclosures;

    FeedbackReader(Map<Respondent, Disclosure> disclosures) {
        this.disclosures = disclosures;
    }

    public static Optional<FeedbackReader> of(Actor actor, SessionWork work) {
        if (actor.has(Role.ORDERER) && work.county().equals(actor.county()) && work.unitId().equals(actor.organisation())) {
            return Optional.of(UNIT_ORDERER);
        }
        if (actor.has(Role.EXPERT) && Objects.equals(actor.username(), work.expertUsername())) {
            return Optional.of(EXPERT);
        }
        if (actor.has(Role.COORDINATOR) && work.county().equals(actor.county())) {
            return Optional.of(COUNTY_COORDINATOR);
        }
        return Optional.empty();
    }

    public Disclosure disclosureOf(Respondent respondent) {
        return disclosures.get(respondent);
    }

    /** The unit that ordered the work and the county's coordinators say how the feedback was used. */
    public boolean recordsFollowUp() {
        return this == UNIT_ORDERER || this == COUNTY_COORDINATOR;
    }
}
