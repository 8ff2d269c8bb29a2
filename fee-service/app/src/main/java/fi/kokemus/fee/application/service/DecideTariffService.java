package fi.kokemus.fee.application.service;

import fi.kokemus.fee.application.port.in.DecideTariffCommand;
import fi.kokemus.fee.application.port.in.DecideTariffUseCase;
import fi.kokemus.fee.application.port.out.TariffRepository;
import fi.kokemus.fee.domain.Money;
import fi.kokemus.fee.domain.Tariff;
import fi.kokemus.fee.domain.TariffHistory;
import fi.kokemus.fee.domain.TariffRate;
import fi.kokemus.fee.domain.TariffSuccession;
import fi.kokemus.platform.actor.Actor;
import fi.kokemus.platform.actor.Role;
import fi.kokemus.platform.problem.DomainProblem;
import java.util.LinkedHashMap;
import java.util.Map;

public class DecideTariffService implements DecideTariffUseCase {

    private final TariffRepository tariffs;

    public DecideTariffService(TariffRepository tariffs) {
        this.tariffs = tariffs;
    }

    @Override
    public TariffHistory decide(Actor actor, DecideTariffCommand command) {
        actor.requireAny(Role.FINANCE, Role.ADMIN);
        if (!actor.has(Role.ADMIN)) {
            actor.requireCounty(command.county());
        }
        Tariff next = new Tariff(command.county(), command.validFrom(), null, rates(command));
        TariffSuccession succession = tariffs.historyOf(command.county()).succeed(next);
        // Ending the predecessor first: a crash in between leaves a gap (work there waits for a
        // person), never two versions valid on the same day.
        succession.endedPredecessor().ifPresent(tariffs::end);
        if (!tariffs.addIfAbsent(next)) {
            throw DomainProblem.conflict("tariff-version-conflict", "Tariff " + next.id() + " exists already");
        }
        return tariffs.historyOf(command.county());
    }

    private static Map<String, TariffRate> rates(DecideTariffCommand command) {
        Map<String, TariffRate> rates = new LinkedHashMap<>();
        for (DecideTariffCommand.Rate rate : command.rates()) {
            if (rate.taskType() == null || rate.taskType().isBlank() || rate.unit() == null) {
                throw DomainProblem.invalid("invalid-tariff", "Each rate needs a task type and a unit", "rates");
            }
            if (rates.put(rate.taskType(), new TariffRate(Money.ofCents(rate.amountCents()), rate.unit())) != null) {
                throw DomainProblem.invalid("invalid-tariff", "Task type " + rate.taskType() + " has two rates",
                        "rates");
            }
        }
        return rates;
    }
}
