package org.tandem.people.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.curriculum.TopicId;
import org.tandem.people.BackgroundCheck;
import org.tandem.people.Consent;
import org.tandem.people.ConsentGiver;
import org.tandem.people.ConsentMethod;
import org.tandem.people.ConsentPurpose;
import org.tandem.people.GuardianLink;
import org.tandem.people.LanguageCode;
import org.tandem.people.People;
import org.tandem.people.Person;
import org.tandem.people.PersonId;
import org.tandem.people.PersonKind;
import org.tandem.people.PersonQuery;
import org.tandem.people.PersonSource;
import org.tandem.people.PersonStatus;
import org.tandem.programmes.ProgrammeId;
import org.tandem.venues.VenueId;

/**
 * Mentors and seniors through the JSON API: {@code /api/v1/mentors} and
 * {@code /api/v1/seniors} behave alike; a mentor's id under {@code /seniors} is not
 * found.
 */
@RestController
class PeopleApi {

	private static final String GROUP = "{group:mentors|seniors}";

	private final People people;

	PeopleApi(People people) {
		this.people = people;
	}

	@GetMapping("/api/v1/" + GROUP)
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'VENUE_STAFF')")
	PersonResource.Page list(@PathVariable String group, @RequestParam(defaultValue = "") String search,
			@RequestParam(required = false) @Nullable UUID programme,
			@RequestParam(required = false) @Nullable UUID venue,
			@RequestParam(required = false) @Nullable String language,
			@RequestParam(required = false) @Nullable UUID topic,
			@RequestParam(required = false) @Nullable PersonStatus status,
			@RequestParam(required = false) @Nullable Boolean matched, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		PersonQuery query = new PersonQuery(kind(group), search,
				(programme != null) ? new ProgrammeId(programme) : null, (venue != null) ? new VenueId(venue) : null,
				(language != null && LanguageCode.isValid(language)) ? new LanguageCode(language) : null,
				(topic != null) ? new TopicId(topic) : null, status, matched, page, size);
		return PersonResource.Page.of(this.people.page(query));
	}

	@GetMapping("/api/v1/" + GROUP + "/{id}")
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'VENUE_STAFF')")
	PersonResource show(@PathVariable String group, @PathVariable UUID id) {
		return PersonResource.of(person(group, id));
	}

	@PostMapping("/api/v1/" + GROUP)
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	ResponseEntity<PersonResource> create(@PathVariable String group, @Valid @RequestBody PersonRequest request) {
		Person person = this.people.register(kind(group), request.toProfile(), PersonSource.MANUAL);
		return ResponseEntity.created(URI.create("/api/v1/" + group + "/" + person.id()))
			.body(PersonResource.of(person));
	}

	@PutMapping("/api/v1/" + GROUP + "/{id}")
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	PersonResource change(@PathVariable String group, @PathVariable UUID id,
			@Valid @RequestBody PersonRequest request) {
		Person person = person(group, id);
		int version = (request.version() != null) ? request.version() : -1;
		return PersonResource.of(this.people.change(person.id(), version, request.toProfile()));
	}

	@PostMapping("/api/v1/" + GROUP + "/{id}/activate")
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	PersonResource activate(@PathVariable String group, @PathVariable UUID id) {
		return PersonResource.of(this.people.activate(person(group, id).id()));
	}

	@PostMapping("/api/v1/" + GROUP + "/{id}/deactivate")
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	PersonResource deactivate(@PathVariable String group, @PathVariable UUID id) {
		return PersonResource.of(this.people.deactivate(person(group, id).id()));
	}

	@GetMapping("/api/v1/" + GROUP + "/{id}/consents")
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	List<ConsentResource> consents(@PathVariable String group, @PathVariable UUID id) {
		return this.people.consents(person(group, id).id()).stream().map(ConsentResource::of).toList();
	}

	@PostMapping("/api/v1/" + GROUP + "/{id}/consents")
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	ResponseEntity<ConsentResource> recordConsent(@PathVariable String group, @PathVariable UUID id,
			@Valid @RequestBody ConsentRequest request) {
		Consent consent = this.people.recordConsent(person(group, id).id(), request.purpose(), request.givenBy(),
				request.guardianName(), request.method());
		return ResponseEntity.status(201).body(ConsentResource.of(consent));
	}

	@PostMapping("/api/v1/consents/{consentId}/withdraw")
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	ConsentResource withdraw(@PathVariable UUID consentId) {
		return ConsentResource.of(this.people.withdrawConsent(consentId));
	}

	@PostMapping("/api/v1/mentors/{id}/guardian-requests")
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	ResponseEntity<GuardianLink> requestGuardianConsent(@PathVariable UUID id,
			@Valid @RequestBody GuardianRequestBody request) {
		GuardianLink link = this.people.requestGuardianConsent(person("mentors", id).id(), request.guardianName(),
				request.guardianContact());
		return ResponseEntity.status(201).body(link);
	}

	@GetMapping("/api/v1/mentors/{id}/background-checks")
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	Checks backgroundChecks(@PathVariable UUID id) {
		PersonId person = person("mentors", id).id();
		return new Checks(this.people.homeVisitsPermitted(person),
				this.people.backgroundChecks(person).stream().map(CheckResource::of).toList());
	}

	@PostMapping("/api/v1/mentors/{id}/background-checks")
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	ResponseEntity<CheckResource> recordBackgroundCheck(@PathVariable UUID id,
			@Valid @RequestBody CheckRequest request) {
		BackgroundCheck check = this.people.recordBackgroundCheck(person("mentors", id).id(), request.checkedOn(),
				request.expiresOn(), request.reference());
		return ResponseEntity.status(201).body(CheckResource.of(check));
	}

	private Person person(String group, UUID id) {
		return this.people.get(PeopleApi.kind(group), new PersonId(id));
	}

	static PersonKind kind(String group) {
		return group.equals("mentors") ? PersonKind.MENTOR : PersonKind.SENIOR;
	}

	record ConsentRequest(@NotNull ConsentPurpose purpose, @NotNull ConsentGiver givenBy,
			@Size(max = 200) @Nullable String guardianName, @NotNull ConsentMethod method) {
	}

	record GuardianRequestBody(@NotBlank @Size(max = 200) String guardianName,
			@NotBlank @Size(max = 320) String guardianContact) {
	}

	record CheckRequest(@NotNull LocalDate checkedOn, @NotNull LocalDate expiresOn,
			@NotBlank @Size(max = 100) String reference) {
	}

	/**
	 * A mentor's background checks and what they allow today.
	 *
	 * @param homeVisitsPermitted whether the mentor may go on home visits today
	 * @param checks the checks, latest expiry first
	 */
	record Checks(boolean homeVisitsPermitted, List<CheckResource> checks) {
	}

	/**
	 * A consent as the API shows it.
	 *
	 * @param id the consent
	 * @param person whose
	 * @param purpose what it allows
	 * @param givenBy the person or a guardian
	 * @param guardianName the guardian, if one gave it
	 * @param method how it was given
	 * @param givenAt when
	 * @param withdrawnAt when withdrawn, or null
	 */
	record ConsentResource(UUID id, UUID person, ConsentPurpose purpose, ConsentGiver givenBy,
			@Nullable String guardianName, ConsentMethod method, Instant givenAt, @Nullable Instant withdrawnAt) {

		static ConsentResource of(Consent consent) {
			return new ConsentResource(consent.id(), consent.person().value(), consent.purpose(), consent.givenBy(),
					consent.guardianName(), consent.method(), consent.givenAt(), consent.withdrawnAt());
		}

	}

	/**
	 * A background check as the API shows it.
	 *
	 * @param id the record
	 * @param person whose
	 * @param checkedOn date of the extract
	 * @param expiresOn last day it counts
	 * @param reference the extract's reference
	 */
	record CheckResource(UUID id, UUID person, LocalDate checkedOn, LocalDate expiresOn, String reference) {

		static CheckResource of(BackgroundCheck check) {
			return new CheckResource(check.id(), check.person().value(), check.checkedOn(), check.expiresOn(),
					check.reference());
		}

	}

}
