package org.tandem.sessions.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.people.People;
import org.tandem.people.PersonId;
import org.tandem.people.PersonKind;
import org.tandem.programmes.Programme;
import org.tandem.programmes.ProgrammeId;
import org.tandem.programmes.Programmes;
import org.tandem.sessions.Participant;
import org.tandem.sessions.ParticipantRole;
import org.tandem.sessions.ParticipantStatus;
import org.tandem.sessions.Place;
import org.tandem.sessions.Session;
import org.tandem.sessions.SessionId;
import org.tandem.sessions.Sessions;
import org.tandem.sessions.WorkshopPlan;
import org.tandem.sessions.Workshops;
import org.tandem.sessions.web.WorkshopForm.Repeat;
import org.tandem.system.RuleViolated;
import org.tandem.venues.Venue;
import org.tandem.venues.VenueId;
import org.tandem.venues.Venues;

/**
 * The workshop pages: planning a workshop from the programme's week (its mentors found by
 * a search, its seats, a room or an online link, once or weekly without skipped dates),
 * and a workshop's page with its meetings to move or cancel, the seniors booked, the
 * waiting list in order, signing a senior up and cancelling a sign-up (the first free
 * senior in line moves up, and the page says who). A rule the plan or a sign-up breaks is
 * shown next to the field it concerns. Venue staff see workshops and sign seniors up;
 * only admins and coordinators plan them.
 */
@Controller
class WorkshopsController {

	private final Workshops workshops;

	private final Sessions sessions;

	private final Programmes programmes;

	private final Venues venues;

	private final People people;

	private final PersonChoices choices;

	private final OccurrenceItems occurrences;

	private final MessageSource messages;

	WorkshopsController(Workshops workshops, Sessions sessions, Programmes programmes, Venues venues, People people,
			PersonChoices choices, OccurrenceItems occurrences, MessageSource messages) {
		this.workshops = workshops;
		this.sessions = sessions;
		this.programmes = programmes;
		this.venues = venues;
		this.people = people;
		this.choices = choices;
		this.occurrences = occurrences;
		this.messages = messages;
	}

	@GetMapping("/programmes/{programmeId}/workshops/new")
	@PreAuthorize(Access.WRITE)
	String planForm(@PathVariable UUID programmeId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
			Model model) {
		Programme programme = this.programmes.get(new ProgrammeId(programmeId));
		LocalDate first = (day != null && day.isAfter(this.sessions.today())) ? day : this.sessions.today().plusDays(1);
		WorkshopForm form = WorkshopForm.blank(first);
		model.addAttribute("form", form);
		return planPage(programme, form, model);
	}

	@PostMapping("/programmes/{programmeId}/workshops")
	@PreAuthorize(Access.WRITE)
	String plan(@PathVariable UUID programmeId, @Validated @ModelAttribute("form") WorkshopForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Programme programme = this.programmes.get(new ProgrammeId(programmeId));
		try {
			WorkshopPlan plan = form.plan(programme.id(), result);
			if (plan != null) {
				Session workshop = this.workshops.plan(plan);
				redirect.addFlashAttribute("justPlanned", true);
				return "redirect:/workshops/" + workshop.id();
			}
		}
		catch (RuleViolated refused) {
			reject(result, WorkshopForm.fieldOf(refused), refused);
		}
		return planPage(programme, form, model);
	}

	/** The mentors a search finds, for htmx to put in the workshop form. */
	@GetMapping("/programmes/{programmeId}/workshops/mentors")
	@PreAuthorize(Access.WRITE)
	String mentorChoices(@PathVariable UUID programmeId, @RequestParam(defaultValue = "") String mentorSearch,
			@RequestParam(required = false) @Nullable List<String> mentorIds, Model model) {
		Programme programme = this.programmes.get(new ProgrammeId(programmeId));
		model.addAttribute("found", this.choices.find(programme.id(), PersonKind.MENTOR, mentorSearch,
				new WorkshopForm(null, null, mentorIds, null, null, null, null, null, null, null, null, null, null)
					.chosenMentors()));
		model.addAttribute("field", "mentorIds");
		return "sessions/choices :: found";
	}

	@GetMapping("/workshops/{workshopId}")
	@PreAuthorize(Access.READ)
	String workshop(@PathVariable UUID workshopId, Model model, Locale locale) {
		Session workshop = this.workshops.get(new SessionId(workshopId));
		return workshopPage(workshop, new SignUpForm("", null), model, locale);
	}

	/** The seniors a search finds, for htmx to put in the sign-up form. */
	@GetMapping("/workshops/{workshopId}/seniors")
	@PreAuthorize(Access.SIGN_UP)
	String seniorChoices(@PathVariable UUID workshopId, @RequestParam(defaultValue = "") String seniorSearch,
			Model model) {
		Session workshop = this.workshops.get(new SessionId(workshopId));
		model.addAttribute("found",
				this.choices.find(workshop.programme(), PersonKind.SENIOR, seniorSearch, List.of()));
		model.addAttribute("field", "seniorId");
		return "sessions/choices :: found";
	}

	@PostMapping("/workshops/{workshopId}/participants")
	@PreAuthorize(Access.SIGN_UP)
	String signUp(@PathVariable UUID workshopId, @Validated @ModelAttribute("signUp") SignUpForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		SessionId id = new SessionId(workshopId);
		Session workshop = this.workshops.get(id);
		UUID chosen = form.senior(result);
		if (!result.hasErrors() && chosen != null) {
			PersonId senior = new PersonId(chosen);
			try {
				Participant place = this.workshops.signUp(id, senior);
				String name = name(senior);
				if (place.status() == ParticipantStatus.BOOKED) {
					redirect.addFlashAttribute("done", text("sessions.workshop.signedUp", locale, name));
				}
				else {
					int inLine = this.workshops.get(id).waitingList().indexOf(senior) + 1;
					redirect.addFlashAttribute("done", text("sessions.workshop.waiting", locale, name, inLine));
				}
				return "redirect:/workshops/" + workshopId;
			}
			catch (RuleViolated refused) {
				reject(result, "seniorId", refused);
			}
		}
		return workshopPage(workshop, form, model, locale);
	}

	@PostMapping("/workshops/{workshopId}/participants/{seniorId}/cancel")
	@PreAuthorize(Access.SIGN_UP)
	String cancelSignUp(@PathVariable UUID workshopId, @PathVariable UUID seniorId, Locale locale,
			RedirectAttributes redirect) {
		SessionId id = new SessionId(workshopId);
		this.workshops.get(id);
		PersonId senior = new PersonId(seniorId);
		try {
			Optional<PersonId> movedUp = this.workshops.cancelSignUp(id, senior);
			Map<PersonId, String> names = this.people
				.names(movedUp.isPresent() ? List.of(senior, movedUp.get()) : List.of(senior));
			redirect.addFlashAttribute("done",
					movedUp.isPresent()
							? text("sessions.workshop.cancelledMovedUp", locale, names.getOrDefault(senior, ""),
									names.getOrDefault(movedUp.get(), ""))
							: text("sessions.workshop.cancelledSignUp", locale, names.getOrDefault(senior, "")));
		}
		catch (RuleViolated refused) {
			redirect.addFlashAttribute("refusal", text(refused.messageKey(), locale, refused.arguments()));
		}
		return "redirect:/workshops/" + workshopId;
	}

	private String planPage(Programme programme, WorkshopForm form, Model model) {
		model.addAttribute("programme", programme);
		model.addAttribute("rooms", RoomChoice.of(this.venues.inProgramme(programme.id())));
		model.addAttribute("places", List.of(Place.VENUE, Place.ONLINE));
		model.addAttribute("repeats", Repeat.values());
		model.addAttribute("mentors", this.choices.find(programme.id(), PersonKind.MENTOR,
				(form.mentorSearch() != null) ? form.mentorSearch() : "", form.chosenMentors()));
		return "sessions/workshop-new";
	}

	private String workshopPage(Session workshop, SignUpForm form, Model model, Locale locale) {
		ZoneId zone = workshop.timeZone();
		List<PersonId> everyone = workshop.participants().stream().map(Participant::person).toList();
		// Every name the page shows, read at once.
		Map<PersonId, String> names = this.people.names(everyone);
		List<Named> booked = new ArrayList<>();
		List<Named> waiting = new ArrayList<>();
		for (Participant participant : workshop.participants()) {
			if (participant.role() != ParticipantRole.SENIOR) {
				continue;
			}
			Named named = new Named(participant.person().value(), names.getOrDefault(participant.person(), ""));
			if (participant.status() == ParticipantStatus.BOOKED) {
				booked.add(named);
			}
			else if (participant.status() == ParticipantStatus.WAITING) {
				waiting.add(named);
			}
		}
		Map<VenueId, Venue> venueCache = new LinkedHashMap<>();
		model.addAttribute("planned", workshop);
		model.addAttribute("programme", this.programmes.get(workshop.programme()));
		model.addAttribute("occurrences",
				workshop.occurrences()
					.stream()
					.map((occurrence) -> this.occurrences.item(occurrence, zone, venueCache, locale))
					.toList());
		model.addAttribute("mentors",
				workshop.mentors().stream().map((mentor) -> names.getOrDefault(mentor, "")).toList());
		model.addAttribute("booked", booked);
		model.addAttribute("waiting", waiting);
		model.addAttribute("seatsLeft", Math.max(0, workshop.capacity() - booked.size()));
		model.addAttribute("signUp", form);
		model.addAttribute("seniors",
				this.choices.find(workshop.programme(), PersonKind.SENIOR,
						(form.seniorSearch() != null) ? form.seniorSearch() : "",
						(form.senior(null) != null) ? List.of(form.senior(null)) : List.of()));
		return "sessions/workshop";
	}

	private String name(PersonId person) {
		return this.people.names(List.of(person)).getOrDefault(person, "");
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	private static void reject(Errors errors, @Nullable String field, RuleViolated violation) {
		if (field != null) {
			errors.rejectValue(field, violation.messageKey(), violation.arguments(), violation.rule());
		}
		else {
			errors.reject(violation.messageKey(), violation.arguments(), violation.rule());
		}
	}

	/** A signed-up senior as the page lists them. */
	record Named(UUID id, String name) {
	}

	/**
	 * The sign-up form: a search for the senior, and the senior chosen.
	 */
	record SignUpForm(@Size(max = 200) @Nullable String seniorSearch, @Nullable String seniorId) {

		/**
		 * The senior chosen, or {@code null} with the field rejected on {@code errors}
		 * (if given) when there is none or it is not an id.
		 */
		@Nullable UUID senior(@Nullable Errors errors) {
			if (this.seniorId == null || this.seniorId.isBlank()) {
				if (errors != null) {
					errors.rejectValue("seniorId", "NotNull");
				}
				return null;
			}
			try {
				return UUID.fromString(this.seniorId.strip());
			}
			catch (IllegalArgumentException notAnId) {
				if (errors != null) {
					errors.rejectValue("seniorId", "typeMismatch");
				}
				return null;
			}
		}

	}

}
