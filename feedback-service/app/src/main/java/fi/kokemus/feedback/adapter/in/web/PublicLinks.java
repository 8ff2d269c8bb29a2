package fi.kokemus.feedback.adapter.in.web;

import fi.kokemus.feedback.domain.LinkToken;

/** Turns a link token into the address a respondent opens; the base is the public address of the feedback paths. */
public record PublicLinks(String base) {

    public PublicLinks {
        base = base.endsWith("/") ? base : base + "/";
    }

    public String of(LinkToken token) {
        return base + token.value();
    }
}
