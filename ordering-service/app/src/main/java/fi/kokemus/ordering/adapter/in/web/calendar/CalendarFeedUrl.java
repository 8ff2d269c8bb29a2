package fi.kokemus.ordering.adapter.in.web.calendar;

/** @param base the public address feeds are served under, ending in {@code /}, e.g. the gateway's */
public record CalendarFeedUrl(String base) {

    public CalendarFeedUrl {
        base = base.endsWith("/") ? base : base + "/";
    }
}
