package org.tandem.programmes.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.groups.Default;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.programmes.Programme;
import org.tandem.programmes.ProgrammeId;
import org.tandem.programmes.Programmes;

/**
 * The organisation's programmes: everyone who works with them reads, admins and
 * coordinators create and edit. An edit names the version it was made against.
 */
@RestController
class ProgrammesApi {

	private final Programmes programmes;

	ProgrammesApi(Programmes programmes) {
		this.programmes = programmes;
	}

	@GetMapping("/api/v1/programmes")
	@PreAuthorize(Access.READ)
	List<ProgrammeJson> list() {
		return this.programmes.all().stream().map(ProgrammeJson::of).toList();
	}

	@GetMapping("/api/v1/programmes/{id}")
	@PreAuthorize(Access.READ)
	ProgrammeJson show(@PathVariable UUID id) {
		return ProgrammeJson.of(this.programmes.get(new ProgrammeId(id)));
	}

	@PostMapping("/api/v1/programmes")
	@PreAuthorize(Access.WRITE)
	ResponseEntity<ProgrammeJson> create(@Validated @RequestBody ProgrammeRequest request) {
		Programme created = this.programmes.create(request.toDetails());
		return ResponseEntity.created(URI.create("/api/v1/programmes/" + created.id())).body(ProgrammeJson.of(created));
	}

	@PutMapping("/api/v1/programmes/{id}")
	@PreAuthorize(Access.WRITE)
	ProgrammeJson change(@PathVariable UUID id,
			@Validated({ Default.class, ProgrammeRequest.Change.class }) @RequestBody ProgrammeRequest request) {
		return ProgrammeJson
			.of(this.programmes.change(new ProgrammeId(id), request.requiredVersion(), request.toDetails()));
	}

}
