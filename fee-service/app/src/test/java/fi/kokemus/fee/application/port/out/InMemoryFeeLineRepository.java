package fi.kokemus.fee.application.port.out;

import fi.kokemus.fee.domain.EarningPeriod;
import fi.kokemus.fee.domain.ExpertAccount;
import fi.kokemus.fee.domain.FeeLine;
import fi.kokemus.fee.domain.FeeLineEvent;
import fi.kokemus.fee.domain.FeeLineId;
import fi.kokemus.fee.domain.Money;
import fi.kokemus.fee.domain.FeeLineState;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Fee lines in memory, stamped with the clock's time; remembers every event stored with them. */
public class InMemoryFeeLineRepository implements FeeLineRepository {

    private final Map<FeeLineId, FeeLine> lines = new LinkedHashMap<>();
    private final Map<FeeLineId, Instant> recordedAt = new LinkedHashMap<>();
    private final List<FeeLineEvent> storedEvents = new ArrayList<>();
    private final Clock clock;

    public InMemoryFeeLineRepository() {
        this(Clock.systemUTC());
    }

    public InMemoryFeeLineRepository(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean addIfAbsent(FeeLine line) {
        if (lines.putIfAbsent(line.id(), FeeLine.restore(line.id(), line.occurrence(), line.taxYear(), line.basis(),
                line.pricing(), line.reimbursements(), line.withholding(), line.reverses())) != null) {
            return false;
        }
        recordedAt.put(line.id(), clock.instant());
        storedEvents.addAll(line.pendingEvents());
        return true;
    }

    @Override
    public List<FeeLine> findPricedRecorded(String county, Instant from, Instant until) {
        return lines.values().stream()
                .filter(line -> line.county().equals(county) && line.state() == FeeLineState.PRICED)
                .filter(line -> !recordedAt.get(line.id()).isBefore(from) && recordedAt.get(line.id()).isBefore(until))
                .sorted(Comparator.comparing((FeeLine line) -> recordedAt.get(line.id()))
                        .thenComparing(line -> line.id().value()))
                .toList();
    }

    @Override
    public List<FeeLine> findOfExpertInTaxYear(String expertId, int taxYear) {
        return findWhere(line -> line.occurrence().expertId().equals(expertId) && line.taxYear() == taxYear);
    }

    @Override
    public Optional<FeeLine> find(FeeLineId id) {
        return Optional.ofNullable(lines.get(id));
    }

    @Override
    public List<FeeLine> findInCounty(String county, EarningPeriod period) {
        return findWhere(line -> line.county().equals(county) && period.contains(line.occurrence().earningDate()));
    }

    @Override
    public List<FeeLine> findAll(EarningPeriod period) {
        return findWhere(line -> period.contains(line.occurrence().earningDate()));
    }

    @Override
    public Money taxableIncomeOf(String expertId, int taxYear) {
        return lines.values().stream()
                .filter(line -> line.occurrence().expertId().equals(expertId) && line.taxYear() == taxYear)
                .map(FeeLine::taxableIncome)
                .reduce(Money.ZERO, Money::plus);
    }

    @Override
    public List<ExpertAccount> expertsPaidIn(int taxYear) {
        return lines.values().stream()
                .filter(line -> line.taxYear() == taxYear && line.taxableIncome().isPositive())
                .map(line -> new ExpertAccount(line.occurrence().expertId(), line.occurrence().expertUsername()))
                .distinct()
                .sorted(Comparator.comparing(ExpertAccount::expertId))
                .toList();
    }

    @Override
    public boolean hasLineInCounty(String expertId, String county) {
        return lines.values().stream().anyMatch(line -> line.occurrence().expertId().equals(expertId)
                && line.county().equals(county));
    }

    @Override
    public Optional<String> expertIdOf(String expertUsername) {
        return lines.values().stream().map(FeeLine::occurrence)
                .filter(occurrence -> expertUsername.equals(occurrence.expertUsername()))
                .map(occurrence -> occurrence.expertId())
                .findFirst();
    }

    public List<FeeLineEvent> storedEvents() {
        return List.copyOf(storedEvents);
    }

    private List<FeeLine> findWhere(Predicate<FeeLine> filter) {
        return lines.values().stream().filter(filter)
                .sorted(Comparator.comparing((FeeLine line) -> line.occurrence().earningDate())
                        .thenComparing(line -> line.id().value()))
                .toList();
    }
}
