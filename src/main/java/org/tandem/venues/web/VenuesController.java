package org.tandem.venues.web;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.programmes.ProgrammeId;
import org.tandem.programmes.Programmes;
import org.tandem.system.CurrentUser;
import org.tandem.system.Role;
import org.tandem.system.RuleViolated;
import org.tandem.system.TimeWindow;
import org.tandem.venues.AccessibilityFeature;
import org.tandem.venues.Venue;
import org.tandem.venues.VenueId;
import org.tandem.venues.VenueKind;
import org.tandem.venues.VenueQuery;
import org.tandem.venues.Venues;

/**
 * The venue pages: the list with search and filters and a venue for staff and mentors;
 * new and edit forms for admins and coordinators.
 */
@Controller
class VenuesController {

	private static final int PAGE_SIZE = 25;

	private final Venues venues;

	private final Programmes programmes;

	VenuesController(Venues venues, Programmes programmes) {
		this.venues = venues;
		this.programmes = programmes;
	}

	@GetMapping("/venues")
	@PreAuthorize(Access.READ)
	String list(@RequestParam(defaultValue = "") String search,
			@RequestParam(required = false) @Nullable UUID programme,
			@RequestParam(required = false) @Nullable VenueKind kind,
			@RequestParam(defaultValue = "") String municipality, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("search", search);
		model.addAttribute("programme", programme);
		model.addAttribute("kind", kind);
		model.addAttribute("municipality", municipality);
		model.addAttribute("venues", this.venues.page(new VenueQuery(search,
				(programme != null) ? new ProgrammeId(programme) : null, kind, municipality, page, PAGE_SIZE)));
		model.addAttribute("allKinds", VenueKind.values());
		model.addAttribute("allProgrammes", this.programmes.all());
		model.addAttribute("municipalities", this.venues.municipalities());
		return "venues/list";
	}

	@GetMapping("/venues/{id}")
	@PreAuthorize(Access.READ)
	String show(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Venue venue = this.venues.get(new VenueId(id));
		model.addAttribute("venue", venue);
		model.addAttribute("seesDayList", seesDayList(user, venue));
		model.addAttribute("days", OpeningDay.of(venue));
		model.addAttribute("venueProgrammes",
				this.programmes.all().stream().filter((programme) -> venue.belongsTo(programme.id())).toList());
		return "venues/detail";
	}

	/**
	 * Whether the user may open the venue's day list (a page of the sessions module):
	 * admins and coordinators, and the staff of this venue.
	 */
	private static boolean seesDayList(CurrentUser user, Venue venue) {
		return user.hasRole(Role.ADMIN) || user.hasRole(Role.COORDINATOR)
				|| (user.hasRole(Role.VENUE_STAFF) && user.venueIds().contains(venue.id().value()));
	}

	@GetMapping("/venues/new")
	@PreAuthorize(Access.WRITE)
	String newVenue(Model model) {
		model.addAttribute("form", VenueForm.blank());
		return formPage(model, null);
	}

	@PostMapping("/venues")
	@PreAuthorize(Access.WRITE)
	String create(@Validated @ModelAttribute("form") VenueForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		form.rejectIncompleteRows(result);
		if (!result.hasErrors()) {
			try {
				Venue created = this.venues.create(form.toDetails());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/venues/" + created.id();
			}
			catch (RuleViolated violation) {
				reject(result, violation);
			}
		}
		return formPage(model, null);
	}

	@GetMapping("/venues/{id}/edit")
	@PreAuthorize(Access.WRITE)
	String edit(@PathVariable UUID id, Model model) {
		Venue venue = this.venues.get(new VenueId(id));
		model.addAttribute("form", VenueForm.of(venue));
		return formPage(model, venue);
	}

	@PostMapping("/venues/{id}")
	@PreAuthorize(Access.WRITE)
	String change(@PathVariable UUID id, @Validated @ModelAttribute("form") VenueForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		VenueId venueId = new VenueId(id);
		Venue venue = this.venues.get(venueId);
		form.rejectIncompleteRows(result);
		Integer version = form.version();
		if (version == null) {
			result.rejectValue("version", "NotNull");
		}
		if (version != null && !result.hasErrors()) {
			try {
				this.venues.change(venueId, version, form.toDetails());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/venues/" + id;
			}
			catch (RuleViolated violation) {
				reject(result, violation);
			}
			catch (OptimisticLockingFailureException stale) {
				// Show the latest version, so that the coordinator edits what is there
				// now.
				redirect.addFlashAttribute("stale", true);
				return "redirect:/venues/" + id + "/edit";
			}
		}
		return formPage(model, venue);
	}

	private String formPage(Model model, @Nullable Venue venue) {
		model.addAttribute("venue", venue);
		model.addAttribute("allKinds", VenueKind.values());
		model.addAttribute("allFeatures", AccessibilityFeature.values());
		model.addAttribute("allProgrammes", this.programmes.all());
		return "venues/form";
	}

	private static void reject(BindingResult result, RuleViolated violation) {
		result.rejectValue(violation.field(), violation.messageKey(), violation.arguments(), violation.rule());
	}

	/**
	 * A weekday and the venue's opening hours on it, for the venue page.
	 *
	 * @param day the weekday
	 * @param windows when it is open that day; empty when closed
	 */
	record OpeningDay(DayOfWeek day, List<TimeWindow> windows) {

		static List<OpeningDay> of(Venue venue) {
			return Arrays.stream(DayOfWeek.values())
				.map((day) -> new OpeningDay(day,
						venue.openingHours().windows().stream().filter((window) -> window.day() == day).toList()))
				.toList();
		}

	}

}
