package fi.kokemus.registry.adapter.in.web;

import fi.kokemus.registry.application.port.in.ConsentOutcome;

/** @param expert the record after the decision; null when it was erased */
record ConsentEffectResponse(String effect, ExpertResponse expert) {

    static ConsentEffectResponse of(ConsentOutcome outcome) {
        return new ConsentEffectResponse(outcome.effect().name(),
                outcome.record().map(ExpertResponse::of).orElse(null));
    }
}
