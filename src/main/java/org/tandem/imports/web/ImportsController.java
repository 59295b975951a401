package org.tandem.imports.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.imports.ColumnMapping;
import org.tandem.imports.ImportField;
import org.tandem.imports.ImportId;
import org.tandem.imports.ImportKind;
import org.tandem.imports.ImportStatus;
import org.tandem.imports.ImportSummary;
import org.tandem.imports.Imports;
import org.tandem.system.RuleViolated;

/**
 * The coordinator's import pages: upload a file ({@code /imports}), then review and
 * commit it ({@code /imports/{id}}), with the commit's progress polled by htmx or seen by
 * reloading the page.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
class ImportsController {

	static final int ERRORS_PER_PAGE = 100;

	private final Imports imports;

	ImportsController(Imports imports) {
		this.imports = imports;
	}

	@GetMapping("/imports")
	String list(Model model) {
		model.addAttribute("kinds", ImportKind.values());
		if (!model.containsAttribute("kind")) {
			model.addAttribute("kind", "");
		}
		model.addAttribute("maxMegabytes", Imports.MAX_MEGABYTES);
		model.addAttribute("recent", this.imports.recent(20));
		return "imports/list";
	}

	@PostMapping("/imports")
	String upload(@RequestParam(required = false) @Nullable MultipartFile file,
			@RequestParam(required = false) @Nullable String kind, Model model) {
		ImportKind parsedKind = kind(kind);
		model.addAttribute("kind", (parsedKind != null) ? parsedKind.name() : "");
		try {
			ImportsApi.Upload upload = ImportsApi.Upload.of(file, parsedKind);
			ImportSummary summary = this.imports.upload(upload.kind(), upload.fileName(), upload.content());
			return "redirect:/imports/" + summary.id();
		}
		catch (RuleViolated refused) {
			model.addAttribute(refused.field().equals("kind") ? "kindError" : "fileError", refused);
			return list(model);
		}
	}

	@GetMapping("/imports/{id}")
	String show(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
		ImportSummary summary = this.imports.get(new ImportId(id));
		int pages = Math.max(1,
				(Math.min(summary.errorCount(), Imports.MAX_STORED_ERRORS) + ERRORS_PER_PAGE - 1) / ERRORS_PER_PAGE);
		int current = Math.max(0, Math.min(page, pages - 1));
		model.addAttribute("summary", summary);
		model.addAttribute("fields", summary.kind().fields());
		model.addAttribute("errors", this.imports.errors(summary.id(), current * ERRORS_PER_PAGE, ERRORS_PER_PAGE));
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		model.addAttribute("group", group(summary.kind()));
		return "imports/detail";
	}

	@GetMapping("/imports/{id}/progress")
	String progress(@PathVariable UUID id, Model model, HttpServletResponse response) {
		ImportSummary summary = this.imports.get(new ImportId(id));
		if (summary.status() != ImportStatus.COMMITTING) {
			// Finished: htmx reloads the whole page, which then shows the outcome.
			response.setHeader("HX-Refresh", "true");
		}
		model.addAttribute("summary", summary);
		model.addAttribute("group", group(summary.kind()));
		return "imports/detail :: progress";
	}

	@PostMapping("/imports/{id}/mapping")
	String remap(@PathVariable UUID id, @RequestParam(name = "fields", required = false) @Nullable List<String> fields,
			RedirectAttributes redirect) {
		ImportId importId = new ImportId(id);
		ImportSummary summary = this.imports.get(importId);
		List<@Nullable ImportField> mapping = new ArrayList<>();
		for (int column = 0; column < summary.headers().size(); column++) {
			String name = (fields != null && column < fields.size()) ? fields.get(column) : "";
			mapping.add(field(name));
		}
		try {
			this.imports.remap(importId, new ColumnMapping(mapping));
			redirect.addFlashAttribute("remapped", true);
		}
		catch (RuleViolated refused) {
			redirect.addFlashAttribute("refused", refused.messageKey());
			redirect.addFlashAttribute("refusedArguments", refused.arguments());
		}
		return "redirect:/imports/" + id + "#preview";
	}

	@PostMapping("/imports/{id}/commit")
	String commit(@PathVariable UUID id, RedirectAttributes redirect) {
		try {
			this.imports.commit(new ImportId(id));
			redirect.addFlashAttribute("started", true);
		}
		catch (RuleViolated refused) {
			redirect.addFlashAttribute("refused", refused.messageKey());
			redirect.addFlashAttribute("refusedArguments", refused.arguments());
		}
		return "redirect:/imports/" + id;
	}

	/**
	 * What the file lists, as the pages' texts and links name it: mentors, seniors or
	 * venues.
	 */
	private static String group(ImportKind kind) {
		return switch (kind) {
			case MENTOR -> "mentors";
			case SENIOR -> "seniors";
			case VENUE -> "venues";
		};
	}

	private static @Nullable ImportKind kind(@Nullable String kind) {
		for (ImportKind value : ImportKind.values()) {
			if (value.name().equals(kind)) {
				return value;
			}
		}
		return null;
	}

	private static @Nullable ImportField field(@Nullable String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		try {
			return ImportField.valueOf(name.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

}
