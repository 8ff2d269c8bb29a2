package fi.kokemus.fee.application.port.out;

import fi.kokemus.fee.domain.TaxCard;
import fi.kokemus.fee.domain.TaxCardRequest;
import java.util.List;
import java.util.Optional;

public interface TaxCardRepository {

    Optional<TaxCard> find(String expertId, int year);

    /** Stores the card, replacing the expert's card for the same year. */
    void save(TaxCard card, String enteredBy);

    /** @return {@code false}, with nothing written, when the expert's request for that year exists */
    boolean addRequestIfAbsent(TaxCardRequest request);

    /** Requests of the year, oldest first. */
    List<TaxCardRequest> requestsOf(int year);
}
