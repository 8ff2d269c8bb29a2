package fi.kokemus.fee.domain;

import static fi.kokemus.fee.PaidLines.paid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kokemus.platform.problem.DomainProblem;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaymentBatchTest {

    private static final String ITU = "ita-uusimaa";
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final FeeLine SUPPORT = paid(ITU, "a-1", LocalDate.of(2026, 10, 20), 3000, 1234, 57, 611);
    private static final FeeLine GROUP = paid(ITU, "a-2", LocalDate.of(2026, 11, 2), 4550, 0, 0, 910);
    private static final FeeLine EARLIER = paid(ITU, "a-0", LocalDate.of(2026, 9, 30), 2001, 999, 3, 401);
    private static final FeeLine REVERSAL = EARLIER.reversal(EARLIER.taxYear());

    private final PaymentBatch open = PaymentBatch.open(ITU, NOVEMBER, PaymentSchedules.ITA_UUSIMAA,
            List.of(SUPPORT, GROUP, REVERSAL));

    @Test
    void itsTotalsAreTheSumsOfItsLinesInCentsWithReversalsNegative() {
        PayTotals totals = open.totals();

        assertThat(totals.lineCount()).isEqualTo(3);
        assertThat(totals.gross()).isEqualTo(Money.ofCents(3000 + 4550 - 2001));
        assertThat(totals.taxFreeReimbursements()).isEqualTo(Money.ofCents(1234 - 999));
        assertThat(totals.taxableReimbursements()).isEqualTo(Money.ofCents(57 - 3));
        assertThat(totals.withholding()).isEqualTo(Money.ofCents(611 + 910 - 401));
        assertThat(totals.net()).isEqualTo(SUPPORT.net().plus(GROUP.net()).plus(REVERSAL.net()));
        assertThat(totals.payout()).isEqualTo(totals.net().plus(totals.taxFreeReimbursements()));
        assertThat(totals.net()).isEqualTo(totals.gross().plus(totals.taxableReimbursements())
                .minus(totals.withholding()));
    }

    @Test
    void isPaidOnTheMonthsLastDayAndCannotCloseBeforeItsCutOff() {
        assertThat(open.id()).isEqualTo("ita-uusimaa/2026-11");
        assertThat(open.paymentDate()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(open.isClosed()).isFalse();

        assertThatThrownBy(() -> open.close(open.cutOff().minusSeconds(1), "finance.itu"))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.code()).isEqualTo("batch-still-open"));
    }

    @Test
    void closingFreezesItOnceAndAnnouncesIt() {
        PaymentBatch closed = open.close(open.cutOff(), "finance.itu");

        assertThat(closed.isClosed()).isTrue();
        assertThat(closed.closing()).isEqualTo(new PaymentBatch.Closing(open.cutOff(), "finance.itu"));
        assertThat(closed.lines()).containsExactly(SUPPORT, GROUP, REVERSAL);
        assertThat(closed.pendingEvents()).containsExactly(new PaymentBatchClosed(closed));
        assertThat(open.pendingEvents()).isEmpty();
        assertThatThrownBy(() -> closed.close(open.cutOff().plusSeconds(60), "admin"))
                .isInstanceOfSatisfying(DomainProblem.class,
                        problem -> assertThat(problem.code()).isEqualTo("batch-closed"));
    }
}
