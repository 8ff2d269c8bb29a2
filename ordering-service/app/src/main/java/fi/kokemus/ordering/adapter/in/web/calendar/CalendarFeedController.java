package fi.kokemus.ordering.adapter.in.web.calendar;

import fi.kokemus.ordering.notification.CalendarFeeds;
import fi.kokemus.platform.actor.Actor;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An expert's calendar as an iCalendar feed. The feed's path is public (calendar apps send no
 * bearer token): the random token in it is the credential, handed out once to the signed-in expert.
 */
@RestController
public class CalendarFeedController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final CalendarFeeds feeds;
    private final String feedUrlBase;

    public CalendarFeedController(CalendarFeeds feeds, CalendarFeedUrl feedUrl) {
        this.feeds = feeds;
        this.feedUrlBase = feedUrl.base();
    }

    @PostMapping("/api/ordering/me/calendar-token")
    public ResponseEntity<CalendarTokenResponse> issueToken(Actor actor) {
        String token = feeds.issueToken(actor);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new CalendarTokenResponse(feedUrlBase + token + ".ics"));
    }

    @GetMapping("/api/ordering/calendar/{feedToken}.ics")
    public ResponseEntity<String> feed(@PathVariable String feedToken) {
        return ResponseEntity.ok().contentType(TEXT_CALENDAR).cacheControl(CacheControl.noCache())
                .body(feeds.feed(feedToken));
    }
}
