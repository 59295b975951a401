package org.tandem.sessions.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.matching.PairId;
import org.tandem.people.PersonId;
import org.tandem.programmes.ProgrammeId;
import org.tandem.sessions.Move;
import org.tandem.sessions.Occurrence;
import org.tandem.sessions.OccurrenceId;
import org.tandem.sessions.OccurrenceQuery;
import org.tandem.sessions.OneToOnePlan;
import org.tandem.sessions.Place;
import org.tandem.sessions.Scope;
import org.tandem.sessions.Session;
import org.tandem.sessions.SessionId;
import org.tandem.sessions.Sessions;
import org.tandem.sessions.TimeProposals;
import org.tandem.sessions.web.SessionJson.CancelRequest;
import org.tandem.sessions.web.SessionJson.OccurrenceResource;
import org.tandem.sessions.web.SessionJson.Page;
import org.tandem.sessions.web.SessionJson.PlanRequest;
import org.tandem.sessions.web.SessionJson.ProposedTimeResource;
import org.tandem.sessions.web.SessionJson.RescheduleRequest;
import org.tandem.sessions.web.SessionJson.SessionResource;
import org.tandem.venues.VenueId;

/**
 * One-to-one sessions through the API: plan one or a weekly series for an approved pair,
 * list occurrences by programme, person, venue and days, read one, move or cancel an
 * occurrence or the rest of its series, and the next times that fit a pair. Days and
 * times are the organisation's local ones; instants are given too.
 */
@RestController
class SessionsApi {

	private final Sessions sessions;

	private final TimeProposals proposals;

	SessionsApi(Sessions sessions, TimeProposals proposals) {
		this.sessions = sessions;
		this.proposals = proposals;
	}

	@PostMapping("/api/v1/sessions")
	@PreAuthorize(Access.WRITE)
	ResponseEntity<SessionResource> plan(@Valid @RequestBody PlanRequest request) {
		Session session = this.sessions.plan(new OneToOnePlan(new PairId(request.pairId()), request.title(),
				request.where().location(), request.when().schedule()));
		return ResponseEntity.created(URI.create("/api/v1/sessions/" + session.id())).body(SessionResource.of(session));
	}

	/**
	 * Occurrences that start from {@code from} (today if left out) up to and including
	 * {@code to} (a week later if left out), planned ones only unless asked.
	 */
	@GetMapping("/api/v1/sessions")
	@PreAuthorize(Access.READ)
	Page list(@RequestParam(required = false) @Nullable UUID programmeId,
			@RequestParam(required = false) @Nullable UUID personId,
			@RequestParam(required = false) @Nullable UUID venueId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "false") boolean includeCancelled,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		ZoneId zone = this.sessions.timeZone();
		LocalDate first = (from != null) ? from : this.sessions.today();
		LocalDate last = (to != null) ? to : first.plusDays(6);
		return Page.of(this.sessions
			.occurrences(new OccurrenceQuery((programmeId != null) ? new ProgrammeId(programmeId) : null,
					(personId != null) ? new PersonId(personId) : null, (venueId != null) ? new VenueId(venueId) : null,
					first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant(),
					includeCancelled, page, size)),
				zone);
	}

	@GetMapping("/api/v1/sessions/{sessionId}")
	@PreAuthorize(Access.READ)
	SessionResource show(@PathVariable UUID sessionId) {
		return SessionResource.of(this.sessions.get(new SessionId(sessionId)));
	}

	@PostMapping("/api/v1/sessions/{sessionId}/occurrences/{occurrenceId}/reschedule")
	@PreAuthorize(Access.WRITE)
	List<OccurrenceResource> reschedule(@PathVariable UUID sessionId, @PathVariable UUID occurrenceId,
			@Valid @RequestBody RescheduleRequest request) {
		OccurrenceId id = ofSession(sessionId, occurrenceId);
		List<Occurrence> moved = this.sessions.reschedule(id,
				new Move(request.day(), request.start(), request.end(),
						(request.where() != null) ? request.where().location() : null),
				(request.scope() != null) ? request.scope() : Scope.THIS);
		return resources(moved);
	}

	@PostMapping("/api/v1/sessions/{sessionId}/occurrences/{occurrenceId}/cancel")
	@PreAuthorize(Access.WRITE)
	List<OccurrenceResource> cancel(@PathVariable UUID sessionId, @PathVariable UUID occurrenceId,
			@Valid @RequestBody(required = false) @Nullable CancelRequest request) {
		OccurrenceId id = ofSession(sessionId, occurrenceId);
		return resources(this.sessions.cancel(id, (request != null) ? request.reason() : null,
				(request != null && request.scope() != null) ? request.scope() : Scope.THIS));
	}

	/**
	 * The next times that fit an approved pair, from a day (today if left out), at a
	 * venue unless {@code place} says {@code HOME} or {@code ONLINE}.
	 */
	@GetMapping("/api/v1/pairs/{pairId}/next-times")
	@PreAuthorize(Access.WRITE)
	List<ProposedTimeResource> nextTimes(@PathVariable UUID pairId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(defaultValue = "5") @Min(1) @Max(20) int count,
			@RequestParam(defaultValue = "VENUE") Place place) {
		LocalDate first = (from != null) ? from : this.sessions.today();
		return this.proposals.next(new PairId(pairId), first, count, place)
			.stream()
			.map(ProposedTimeResource::of)
			.toList();
	}

	private OccurrenceId ofSession(UUID sessionId, UUID occurrenceId) {
		return this.sessions.occurrence(new SessionId(sessionId), new OccurrenceId(occurrenceId)).id();
	}

	private List<OccurrenceResource> resources(List<Occurrence> occurrences) {
		ZoneId zone = this.sessions.timeZone();
		return occurrences.stream().map((o) -> OccurrenceResource.of(o, zone)).toList();
	}

}
