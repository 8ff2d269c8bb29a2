package fi.kokemus.fee.application.port.out;

import fi.kokemus.fee.domain.TaxCard;
import fi.kokemus.fee.domain.TaxCardRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tax cards and requests in memory. */
public class InMemoryTaxCardRepository implements TaxCardRepository {

    private final Map<String, TaxCard> cards = new LinkedHashMap<>();
    private final Map<String, TaxCardRequest> requests = new LinkedHashMap<>();

    @Override
    public Optional<TaxCard> find(String expertId, int year) {
        return Optional.ofNullable(cards.get(expertId + "/" + year));
    }

    @Override
    public void save(TaxCard card, String enteredBy) {
        cards.put(card.expertId() + "/" + card.year(), card);
    }

    @Override
    public boolean addRequestIfAbsent(TaxCardRequest request) {
        return requests.putIfAbsent(request.id(), request) == null;
    }

    @Override
    public List<TaxCardRequest> requestsOf(int year) {
        return requests.values().stream().filter(request -> request.year() == year).toList();
    }
}
