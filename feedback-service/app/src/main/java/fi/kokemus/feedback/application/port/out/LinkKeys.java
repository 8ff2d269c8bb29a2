package fi.kokemus.feedback.application.port.out;

import fi.kokemus.feedback.domain.IssuedLink;
import fi.kokemus.feedback.domain.LinkId;
import fi.kokemus.feedback.domain.LinkToken;

/** Issues links and derives their secret tokens with a key kept outside the database. */
public interface LinkKeys {

    IssuedLink issue();

    LinkToken tokenOf(LinkId id);
}
