package fi.kokemus.fee.application.port.out;

import fi.kokemus.fee.domain.EarningPeriod;
import fi.kokemus.fee.domain.ExpertAccount;
import fi.kokemus.fee.domain.FeeLine;
import fi.kokemus.fee.domain.FeeLineId;
import fi.kokemus.fee.domain.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface FeeLineRepository {

    /**
     * Stores a new line together with its pending events in one write.
     *
     * @return {@code false}, with nothing written, when a line with the same id already exists
     */
    boolean addIfAbsent(FeeLine line);

    Optional<FeeLine> find(FeeLineId id);

    /** Lines of the county earned in the period, by earning date. */
    List<FeeLine> findInCounty(String county, EarningPeriod period);

    /**
     * Priced lines of the county (reversals included) recorded from {@code from} until just before
     * {@code until}, by the time they were recorded: what a payment batch pays.
     */
    List<FeeLine> findPricedRecorded(String county, Instant from, Instant until);

    /** The expert's lines of the tax year (the year they are paid in), by earning date. */
    List<FeeLine> findOfExpertInTaxYear(String expertId, int taxYear);

    /** Lines of every county earned in the period, by earning date. */
    List<FeeLine> findAll(EarningPeriod period);

    /** The expert's taxable income (gross fees and taxable reimbursements, reversals included) of the tax year. */
    Money taxableIncomeOf(String expertId, int taxYear);

    /** Experts with taxable income in the tax year. */
    List<ExpertAccount> expertsPaidIn(int taxYear);

    /** Whether the expert has any line in the county. */
    boolean hasLineInCounty(String expertId, String county);

    /** The expert id of the account with this username, known once a line of theirs is stored. */
    Optional<String> expertIdOf(String expertUsername);
}
