package fi.kokemus.fee.application.port.out;

import fi.kokemus.fee.domain.PaymentBatch;
import fi.kokemus.fee.domain.PaymentBatchClosed;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Closed batches in memory; remembers the events stored with them. */
public class InMemoryPaymentBatchRepository implements PaymentBatchRepository {

    private final Map<String, PaymentBatch> batches = new LinkedHashMap<>();
    private final List<PaymentBatchClosed> storedEvents = new ArrayList<>();

    @Override
    public boolean addIfAbsent(PaymentBatch closed) {
        PaymentBatch stored = PaymentBatch.restore(closed.county(), closed.month(), closed.paymentDate(),
                closed.cutOff(), closed.lines(), closed.closing());
        if (batches.putIfAbsent(closed.id(), stored) != null) {
            return false;
        }
        storedEvents.addAll(closed.pendingEvents());
        return true;
    }

    @Override
    public Optional<PaymentBatch> find(String county, YearMonth month) {
        return Optional.ofNullable(batches.get(PaymentBatch.idOf(county, month)));
    }

    @Override
    public Optional<PaymentBatch> latestClosed(String county) {
        return batches.values().stream().filter(batch -> batch.county().equals(county))
                .max(Comparator.comparing(PaymentBatch::month));
    }

    public List<PaymentBatchClosed> storedEvents() {
        return List.copyOf(storedEvents);
    }
}
