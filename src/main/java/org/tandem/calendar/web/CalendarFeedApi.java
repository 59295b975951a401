package org.tandem.calendar.web;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tandem.calendar.CalendarFeedStatus;
import org.tandem.calendar.CalendarFeeds;
import org.tandem.calendar.IssuedCalendarFeed;
import org.tandem.people.PersonId;

/**
 * A person's calendar feed through the JSON API: whether there is one, make a new one
 * (its address is answered this once), revoke it. A person of another organisation is not
 * found.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
class CalendarFeedApi {

	private static final String FEED = "/api/v1/people/{personId}/calendar-feed";

	private final CalendarFeeds feeds;

	CalendarFeedApi(CalendarFeeds feeds) {
		this.feeds = feeds;
	}

	@GetMapping(FEED)
	CalendarFeedStatus status(@PathVariable UUID personId) {
		return this.feeds.status(new PersonId(personId));
	}

	/** Makes a new feed, revoking the old one; answers its address, shown this once. */
	@PostMapping(FEED)
	ResponseEntity<NewFeed> create(@PathVariable UUID personId) {
		IssuedCalendarFeed issued = this.feeds.issue(new PersonId(personId));
		return ResponseEntity.created(URI.create(FEED.replace("{personId}", personId.toString())))
			.body(new NewFeed(ServletUriComponentsBuilder.fromCurrentContextPath().path(issued.path()).toUriString(),
					issued.createdAt()));
	}

	@DeleteMapping(FEED)
	ResponseEntity<Void> revoke(@PathVariable UUID personId) {
		this.feeds.revoke(new PersonId(personId));
		return ResponseEntity.noContent().build();
	}

	/**
	 * A new feed.
	 *
	 * @param url the address to subscribe to in a calendar app; Tandem cannot show it
	 * again
	 * @param createdAt when it was made
	 */
	record NewFeed(String url, Instant createdAt) {

		@Override
		public String toString() {
			return "NewFeed[made " + this.createdAt + "]";
		}

	}

}
