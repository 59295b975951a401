package org.tandem.organisations.web;

import java.net.URI;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.organisations.IssuedPassword;
import org.tandem.organisations.UserId;
import org.tandem.organisations.Users;

/**
 * The organisation's users, for admins.
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class UsersApi {

	private final Users users;

	UsersApi(Users users) {
		this.users = users;
	}

	@GetMapping("/api/v1/users")
	UserResource.Page list(@RequestParam(defaultValue = "") String search, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return UserResource.Page.of(this.users.page(search, page, size));
	}

	@GetMapping("/api/v1/users/{id}")
	UserResource show(@PathVariable UUID id) {
		return UserResource.of(this.users.find(new UserId(id)));
	}

	/** Answers the new user with a temporary password, shown this once. */
	@PostMapping("/api/v1/users")
	ResponseEntity<UserResource.Issued> create(@Valid @RequestBody UserRequests.Create request) {
		IssuedPassword issued = this.users.register(request.toNewUser());
		return ResponseEntity.created(URI.create("/api/v1/users/" + issued.account().id()))
			.body(UserResource.Issued.of(issued));
	}

	@PutMapping("/api/v1/users/{id}")
	UserResource change(@PathVariable UUID id, @Valid @RequestBody UserRequests.Change request) {
		return UserResource.of(this.users.change(new UserId(id), request.toChanges()));
	}

	/**
	 * Links the account to the mentor or senior it belongs to: a MENTOR account to a
	 * mentor, a SENIOR account to a senior, one account per person. A person of another
	 * organisation is answered exactly as one that does not exist.
	 */
	@PutMapping("/api/v1/users/{id}/person")
	UserResource linkPerson(@PathVariable UUID id, @Valid @RequestBody UserRequests.PersonLink request) {
		return UserResource.of(this.users.linkPerson(new UserId(id), request.personId()));
	}

	@DeleteMapping("/api/v1/users/{id}/person")
	UserResource unlinkPerson(@PathVariable UUID id) {
		return UserResource.of(this.users.unlinkPerson(new UserId(id)));
	}

	/**
	 * Sets the venues a venue staff account works at, replacing those it had; an empty
	 * list removes them all.
	 */
	@PutMapping("/api/v1/users/{id}/venues")
	UserResource linkVenues(@PathVariable UUID id, @Valid @RequestBody UserRequests.VenueLinks request) {
		return UserResource.of(this.users.linkVenues(new UserId(id), Set.copyOf(request.venueIds())));
	}

	@PostMapping("/api/v1/users/{id}/password-reset")
	UserResource.Issued resetPassword(@PathVariable UUID id) {
		return UserResource.Issued.of(this.users.resetPassword(new UserId(id)));
	}

}
