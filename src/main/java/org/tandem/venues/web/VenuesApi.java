package org.tandem.venues.web;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.groups.Default;

import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.programmes.ProgrammeId;
import org.tandem.venues.Venue;
import org.tandem.venues.VenueId;
import org.tandem.venues.VenueKind;
import org.tandem.venues.VenueQuery;
import org.tandem.venues.Venues;

/**
 * The organisation's venues: staff and mentors read, admins and coordinators create and
 * edit. A list is searched by name, city and municipality, filtered and paged. An edit
 * names the version it was made against.
 */
@RestController
class VenuesApi {

	private final Venues venues;

	VenuesApi(Venues venues) {
		this.venues = venues;
	}

	@GetMapping("/api/v1/venues")
	@PreAuthorize(Access.READ)
	VenueJson.Page list(@RequestParam(defaultValue = "") String search,
			@RequestParam(required = false) @Nullable UUID programme,
			@RequestParam(required = false) @Nullable VenueKind kind,
			@RequestParam(required = false) @Nullable String municipality, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return VenueJson.Page.of(this.venues.page(new VenueQuery(search,
				(programme != null) ? new ProgrammeId(programme) : null, kind, municipality, page, size)));
	}

	@GetMapping("/api/v1/venues/{id}")
	@PreAuthorize(Access.READ)
	VenueJson.Response show(@PathVariable UUID id) {
		return VenueJson.Response.of(this.venues.get(new VenueId(id)));
	}

	@PostMapping("/api/v1/venues")
	@PreAuthorize(Access.WRITE)
	ResponseEntity<VenueJson.Response> create(@Validated @RequestBody VenueJson.Request request) {
		Venue created = this.venues.create(request.toDetails());
		return ResponseEntity.created(URI.create("/api/v1/venues/" + created.id()))
			.body(VenueJson.Response.of(created));
	}

	@PutMapping("/api/v1/venues/{id}")
	@PreAuthorize(Access.WRITE)
	VenueJson.Response change(@PathVariable UUID id,
			@Validated({ Default.class, VenueJson.Request.Change.class }) @RequestBody VenueJson.Request request) {
		return VenueJson.Response
			.of(this.venues.change(new VenueId(id), request.requiredVersion(), request.toDetails()));
	}

}
