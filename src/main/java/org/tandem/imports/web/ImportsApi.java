package org.tandem.imports.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tandem.imports.ColumnMapping;
import org.tandem.imports.ImportField;
import org.tandem.imports.ImportId;
import org.tandem.imports.ImportKind;
import org.tandem.imports.ImportSummary;
import org.tandem.imports.Imports;

/**
 * Imports through the JSON API: upload a file ({@code multipart/form-data} with
 * {@code file} and {@code kind}: {@code MENTOR}, {@code SENIOR} or {@code VENUE}), read
 * the preview, change the mapping, commit. A file Tandem cannot read answers 422 problem
 * details naming the problem.
 */
@RestController
class ImportsApi {

	private final Imports imports;

	private final MessageSource messages;

	ImportsApi(Imports imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@PostMapping(path = "/api/v1/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	ResponseEntity<ImportResource> upload(@RequestParam(required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable ImportKind kind) {
		Upload upload = Upload.of(file, kind);
		ImportSummary summary = this.imports.upload(upload.kind(), upload.fileName(), upload.content());
		return ResponseEntity.created(URI.create("/api/v1/imports/" + summary.id())).body(resource(summary));
	}

	@GetMapping("/api/v1/imports")
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	List<ImportResource> recent() {
		return this.imports.recent(50).stream().map((summary) -> resource(summary, List.of())).toList();
	}

	@GetMapping("/api/v1/imports/{id}")
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	ImportResource show(@PathVariable UUID id) {
		return resource(this.imports.get(new ImportId(id)));
	}

	@PutMapping("/api/v1/imports/{id}/mapping")
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	ImportResource remap(@PathVariable UUID id, @Valid @RequestBody MappingRequest request) {
		return resource(this.imports.remap(new ImportId(id), new ColumnMapping(request.mapping())));
	}

	@PostMapping("/api/v1/imports/{id}/commit")
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	ResponseEntity<ImportResource> commit(@PathVariable UUID id) {
		ImportSummary summary = this.imports.commit(new ImportId(id));
		return ResponseEntity.accepted()
			.location(URI.create("/api/v1/imports/" + summary.id()))
			.body(resource(summary, List.of()));
	}

	private ImportResource resource(ImportSummary summary) {
		return resource(summary, this.imports.errors(summary.id(), 0, Imports.MAX_STORED_ERRORS));
	}

	private ImportResource resource(ImportSummary summary, List<org.tandem.imports.RowError> errors) {
		return ImportResource.of(summary, errors, this.messages, LocaleContextHolder.getLocale());
	}

	/**
	 * The field each column of the file fills, in the file's order; null leaves a column
	 * out.
	 *
	 * @param mapping one entry per column
	 */
	record MappingRequest(@NotNull List<@Nullable ImportField> mapping) {
	}

	/** An uploaded file and what it lists, checked before it is read. */
	record Upload(ImportKind kind, String fileName, byte[] content) {

		static Upload of(@Nullable MultipartFile file, @Nullable ImportKind kind) {
			if (kind == null) {
				throw new UploadRefused("kind", "KindRequired");
			}
			if (file == null || file.isEmpty()) {
				throw new UploadRefused("file", (file == null) ? "FileRequired" : "Empty");
			}
			if (file.getSize() > (long) Imports.MAX_MEGABYTES * 1024 * 1024) {
				throw new UploadRefused("file", "TooLarge", Imports.MAX_MEGABYTES);
			}
			try {
				String name = file.getOriginalFilename();
				return new Upload(kind, (name != null) ? name : "", file.getBytes());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	/** The upload itself is incomplete: no file, or no kind. */
	static final class UploadRefused extends org.tandem.system.RuleViolated {

		private static final long serialVersionUID = 1L;

		UploadRefused(String field, String rule, Object... arguments) {
			super(field, rule, "imports.refused." + rule, arguments);
		}

	}

}
