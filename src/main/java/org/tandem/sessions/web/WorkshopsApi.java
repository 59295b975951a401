package org.tandem.sessions.web;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.people.PersonId;
import org.tandem.programmes.ProgrammeId;
import org.tandem.sessions.Participant;
import org.tandem.sessions.Session;
import org.tandem.sessions.SessionId;
import org.tandem.sessions.WorkshopPlan;
import org.tandem.sessions.Workshops;
import org.tandem.sessions.web.SessionJson.ParticipantResource;
import org.tandem.sessions.web.SessionJson.ParticipantsResource;
import org.tandem.sessions.web.SessionJson.SessionResource;
import org.tandem.sessions.web.SessionJson.SignUpRequest;
import org.tandem.sessions.web.SessionJson.WorkshopRequest;

/**
 * Workshops through the API: plan one, sign a senior up (a seat or the waiting list),
 * cancel a sign-up (the first free senior in line moves up), and list who takes part.
 * Venue staff sign seniors up too.
 */
@RestController
class WorkshopsApi {

	private final Workshops workshops;

	WorkshopsApi(Workshops workshops) {
		this.workshops = workshops;
	}

	@PostMapping("/api/v1/workshops")
	@PreAuthorize(Access.WRITE)
	ResponseEntity<SessionResource> plan(@Valid @RequestBody WorkshopRequest request) {
		Session workshop = this.workshops.plan(new WorkshopPlan(new ProgrammeId(request.programmeId()), request.title(),
				request.mentorIds().stream().map(PersonId::new).toList(), request.capacity(),
				request.where().location(), request.when().schedule()));
		return ResponseEntity.created(URI.create("/api/v1/workshops/" + workshop.id()))
			.body(SessionResource.of(workshop));
	}

	@GetMapping("/api/v1/workshops/{workshopId}")
	@PreAuthorize(Access.READ)
	SessionResource show(@PathVariable UUID workshopId) {
		return SessionResource.of(workshop(workshopId));
	}

	@GetMapping("/api/v1/workshops/{workshopId}/participants")
	@PreAuthorize(Access.READ)
	ParticipantsResource participants(@PathVariable UUID workshopId) {
		return ParticipantsResource.of(workshop(workshopId));
	}

	@PostMapping("/api/v1/workshops/{workshopId}/participants")
	@PreAuthorize(Access.SIGN_UP)
	ParticipantResource signUp(@PathVariable UUID workshopId, @Valid @RequestBody SignUpRequest request) {
		Participant place = this.workshops.signUp(new SessionId(workshopId), new PersonId(request.seniorId()));
		return ParticipantResource.of(place);
	}

	@DeleteMapping("/api/v1/workshops/{workshopId}/participants/{seniorId}")
	@PreAuthorize(Access.SIGN_UP)
	Map<String, Object> cancelSignUp(@PathVariable UUID workshopId, @PathVariable UUID seniorId) {
		Optional<PersonId> movedUp = this.workshops.cancelSignUp(new SessionId(workshopId), new PersonId(seniorId));
		return movedUp.<Map<String, Object>>map((person) -> Map.of("movedUp", person.value())).orElse(Map.of());
	}

	private Session workshop(UUID id) {
		return this.workshops.get(new SessionId(id));
	}

}
