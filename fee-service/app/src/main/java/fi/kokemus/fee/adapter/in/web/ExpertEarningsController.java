package fi.kokemus.fee.adapter.in.web;

import fi.kokemus.fee.application.port.in.ExpertEarningsUseCase;
import fi.kokemus.fee.domain.EarningsLimit;
import fi.kokemus.fee.domain.Money;
import fi.kokemus.fee.domain.YearOfEarnings;
import fi.kokemus.platform.actor.Actor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An expert's own fees; the account decides whose, never a parameter. */
@RestController
@RequestMapping("/api/fees/mine")
class ExpertEarningsController {

    private final ExpertEarningsUseCase earnings;

    ExpertEarningsController(ExpertEarningsUseCase earnings) {
        this.earnings = earnings;
    }

    record EarningsLimitBody(@NotNull @Min(2000) @Max(2100) Integer year, @Min(0) Long annualLimitCents,
            @Min(0) Long monthlyLimitCents) {
    }

    record EarningsLimitResponse(int year, Long annualLimitCents, Long monthlyLimitCents) {

        static EarningsLimitResponse of(EarningsLimit limit) {
            return new EarningsLimitResponse(limit.year(), cents(limit.annual()), cents(limit.monthly()));
        }
    }

    /** @param headroomCents what the month may still earn under the monthly limit, {@code null} without one */
    record MonthResponse(String month, PayTotalsResponse totals, long taxableIncomeCents, Long headroomCents) {
    }

    /**
     * @param earnedInOtherYears lines paid in the year for work of another year (not in any month)
     * @param taxableIncomeCents gross fees plus taxable reimbursements: what an earnings limit counts
     * @param headroomCents      the annual limit minus that income (negative once over), {@code null} without one
     */
    record YearResponse(int year, List<MonthResponse> months, PayTotalsResponse earnedInOtherYears,
            PayTotalsResponse total, long taxableIncomeCents,
            EarningsLimitResponse earningsLimit, Long headroomCents) {

        static YearResponse of(YearOfEarnings earnings) {
            List<MonthResponse> months = earnings.months().stream()
                    .map(month -> new MonthResponse(month.month().toString(), PayTotalsResponse.of(month.totals()),
                            month.totals().taxableIncome().cents(), cents(month.headroom())))
                    .toList();
            return new YearResponse(earnings.year(), months, PayTotalsResponse.of(earnings.earnedInOtherYears()),
                    PayTotalsResponse.of(earnings.total()),
                    earnings.total().taxableIncome().cents(),
                    earnings.limit().map(EarningsLimitResponse::of).orElse(null), cents(earnings.annualHeadroom()));
        }
    }

    @GetMapping
    YearResponse show(Actor actor, @RequestParam int year) {
        return YearResponse.of(earnings.showOwn(actor, year));
    }

    @PutMapping("/earnings-limit")
    EarningsLimitResponse setLimit(Actor actor, @Valid @RequestBody EarningsLimitBody body) {
        return EarningsLimitResponse.of(earnings.setOwnLimit(actor, body.year(), money(body.annualLimitCents()),
                money(body.monthlyLimitCents())));
    }

    private static Long cents(Money money) {
        return money == null ? null : money.cents();
    }

    private static Long cents(Optional<Money> money) {
        return money.map(Money::cents).orElse(null);
    }

    private static Money money(Long cents) {
        return cents == null ? null : Money.ofCents(cents);
    }
}
