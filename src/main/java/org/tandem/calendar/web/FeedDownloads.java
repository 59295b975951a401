package org.tandem.calendar.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.tandem.calendar.CalendarFeeds;

/**
 * The feed address calendar apps subscribe to. The secret in the address is the only
 * credential, so nobody signs in; an unknown or revoked secret gets a bare 404 that says
 * nothing more. The address is never logged: Tandem writes no access log, and nothing
 * here logs the request.
 */
@Controller
@PreAuthorize("permitAll()")
class FeedDownloads {

	static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	private final CalendarFeeds feeds;

	FeedDownloads(CalendarFeeds feeds) {
		this.feeds = feeds;
	}

	@GetMapping(CalendarFeeds.PATH_PREFIX + "{secret}.ics")
	ResponseEntity<byte[]> feed(@PathVariable String secret) {
		return this.feeds.calendar(secret)
			.map((calendar) -> ResponseEntity.ok()
				.contentType(TEXT_CALENDAR)
				// Only the subscriber's own app may keep a copy, never a shared cache.
				.cacheControl(CacheControl.empty().cachePrivate())
				.body(calendar.getBytes(StandardCharsets.UTF_8)))
			.orElseGet(() -> ResponseEntity.notFound().cacheControl(CacheControl.noStore()).build());
	}

}
