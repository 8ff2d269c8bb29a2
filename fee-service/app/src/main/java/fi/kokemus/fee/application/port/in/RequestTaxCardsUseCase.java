package fi.kokemus.fee.application.port.in;

/** Each January: a tax-card request for every expert paid last year who has no card for the new year. */
public interface RequestTaxCardsUseCase {

    /** @return how many requests were added (an expert already asked for the year is not asked again) */
    int requestForYear(int year);
}
