package fi.kokemus.ordering.adapter.in.web.calendar;

/** @param feedUrl the calendar feed's address, shown once: only the token's hash is kept */
public record CalendarTokenResponse(String feedUrl) {
}
