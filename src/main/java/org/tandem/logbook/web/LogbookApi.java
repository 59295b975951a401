package org.tandem.logbook.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.logbook.Logbook;
import org.tandem.logbook.SessionLog;
import org.tandem.logbook.web.LogJson.FollowUpPageJson;
import org.tandem.logbook.web.LogJson.LogRequest;
import org.tandem.sessions.OccurrenceId;
import org.tandem.system.RuleViolated;

/**
 * Session logs through the API: read a session's log with every revision, log it or
 * correct it naming the revision corrected (in the body or as {@code If-Match}; the
 * answer's ETag is the new revision), and the open follow-ups a coordinator marks done. A
 * refused log is 422 naming the field and the rule; a stale revision is 409.
 */
@RestController
class LogbookApi {

	private final Logbook logbook;

	private final FollowUps followUps;

	LogbookApi(Logbook logbook, FollowUps followUps) {
		this.logbook = logbook;
		this.followUps = followUps;
	}

	/** The session's log with every revision; 404 until it is logged. */
	@GetMapping("/api/v1/occurrences/{occurrenceId}/log")
	@PreAuthorize(Access.LOG)
	ResponseEntity<LogJson> show(@PathVariable UUID occurrenceId) {
		OccurrenceId id = new OccurrenceId(occurrenceId);
		this.logbook.requireMayLog(id);
		SessionLog log = this.logbook.log(id);
		return ResponseEntity.ok().eTag(Integer.toString(log.revision())).body(LogJson.of(log));
	}

	/**
	 * Logs the session (expected revision 0, or none) or corrects its log (the revision
	 * read). 201 for a first log, 200 for a correction.
	 */
	@PutMapping("/api/v1/occurrences/{occurrenceId}/log")
	@PreAuthorize(Access.LOG)
	ResponseEntity<LogJson> record(@PathVariable UUID occurrenceId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
			@Valid @RequestBody LogRequest request) {
		OccurrenceId id = new OccurrenceId(occurrenceId);
		int expected;
		try {
			expected = expectedRevision(request.expectedRevision(), ifMatch);
		}
		catch (RequestRefused unreadable) {
			// Someone who may not log this session hears that first.
			this.logbook.requireMayLog(id);
			throw unreadable;
		}
		// The logbook checks who may log before it reads the report.
		SessionLog log = this.logbook.record(id, expected, request.report(), request.reason());
		return ResponseEntity.status((expected == 0) ? HttpStatus.CREATED : HttpStatus.OK)
			.eTag(Integer.toString(log.revision()))
			.body(LogJson.of(log));
	}

	/** The organisation's open follow-ups, the latest session first. */
	@GetMapping("/api/v1/logbook/follow-ups")
	@PreAuthorize(Access.FOLLOW_UP)
	FollowUpPageJson followUps(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, Locale locale) {
		return FollowUpPageJson.of(this.followUps.page(page, size, locale));
	}

	/** The follow-up is done; 204 whether it was still open or not. */
	@PostMapping("/api/v1/logbook/follow-ups/{occurrenceId}/done")
	@PreAuthorize(Access.FOLLOW_UP)
	ResponseEntity<Void> done(@PathVariable UUID occurrenceId) {
		this.logbook.closeFollowUp(new OccurrenceId(occurrenceId));
		return ResponseEntity.noContent().build();
	}

	private static int expectedRevision(@Nullable Integer inBody, @Nullable String ifMatch) {
		Integer inHeader = null;
		if (ifMatch != null && !ifMatch.isBlank()) {
			String tag = ifMatch.strip();
			if (tag.startsWith("W/")) {
				tag = tag.substring(2);
			}
			tag = tag.replace("\"", "");
			try {
				inHeader = Integer.valueOf(tag);
			}
			catch (NumberFormatException ex) {
				throw new RequestRefused("If-Match", "IfMatch");
			}
			if (inHeader < 0) {
				throw new RequestRefused("If-Match", "IfMatch");
			}
		}
		if (inBody != null && inHeader != null && !inBody.equals(inHeader)) {
			throw new RequestRefused("expectedRevision", "RevisionMismatch");
		}
		return (inBody != null) ? inBody : (inHeader != null) ? inHeader : 0;
	}

	/** The request names its revision in a way that cannot be read. */
	static final class RequestRefused extends RuleViolated {

		private static final long serialVersionUID = 1L;

		RequestRefused(String field, String rule) {
			super(field, rule, "logbook.api." + rule);
		}

	}

}
