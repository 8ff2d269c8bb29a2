package fi.kokemus.registry.adapter.in.web;

import fi.kokemus.registry.application.port.in.ExpertView;

/** The two shapes an expert's record is returned in, depending on what the reader may see. */
sealed interface ExpertViewResponse permits ExpertResponse, PublicProfileResponse {

    static ExpertViewResponse of(ExpertView view) {
        if (view instanceof ExpertView.Full full) {
            return ExpertResponse.of(full);
        }
        var reduced = (ExpertView.Reduced) view;
        return PublicProfileResponse.withContact(reduced.profile(),
                reduced.disclosedContact().map(ExpertResponse.Contact::of).orElse(null));
    }
}
