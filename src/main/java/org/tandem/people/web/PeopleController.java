package org.tandem.people.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tandem.curriculum.Curriculum;
import org.tandem.curriculum.Device;
import org.tandem.curriculum.Topic;
import org.tandem.curriculum.TopicId;
import org.tandem.people.AccessibilityNeed;
import org.tandem.people.ConsentGiver;
import org.tandem.people.ConsentMethod;
import org.tandem.people.ConsentPurpose;
import org.tandem.people.ContactChannel;
import org.tandem.people.Gender;
import org.tandem.people.GuardianLink;
import org.tandem.people.LanguageCode;
import org.tandem.people.People;
import org.tandem.people.Person;
import org.tandem.people.PersonId;
import org.tandem.people.PersonQuery;
import org.tandem.people.PersonSource;
import org.tandem.people.PersonStatus;
import org.tandem.programmes.ProgrammeId;
import org.tandem.programmes.Programmes;
import org.tandem.system.RuleViolated;
import org.tandem.venues.VenueId;
import org.tandem.venues.Venues;

/**
 * The coordinator's pages for mentors ({@code /mentors}) and seniors ({@code /seniors}):
 * list and search, register, edit, activate, consents, a guardian's link and background
 * checks.
 */
@Controller
class PeopleController {

	private static final String GROUP = "{group:mentors|seniors}";

	private static final int PAGE_SIZE = 25;

	private final People people;

	private final Curriculum curriculum;

	private final Programmes programmes;

	private final Venues venues;

	PeopleController(People people, Curriculum curriculum, Programmes programmes, Venues venues) {
		this.people = people;
		this.curriculum = curriculum;
		this.programmes = programmes;
		this.venues = venues;
	}

	private PersonForm withTopics(PersonForm form) {
		return form.withTopicRows(this.curriculum.topics().stream().map((topic) -> topic.id().value()).toList());
	}

	/** The topics by id, for showing a person's topics. */
	private void topicNames(Model model) {
		Map<String, Topic> topics = new LinkedHashMap<>();
		this.curriculum.topics().forEach((topic) -> topics.put(topic.id().value().toString(), topic));
		model.addAttribute("topics", topics);
	}

	/** What the form and the list's filters offer: topics, programmes and venues. */
	private void registryChoices(Model model) {
		topicNames(model);
		Map<UUID, String> programmeNames = new LinkedHashMap<>();
		this.programmes.all().forEach((programme) -> programmeNames.put(programme.id().value(), programme.name()));
		model.addAttribute("programmeChoices", programmeNames);
		Map<UUID, String> venueNames = new LinkedHashMap<>();
		this.venues.names().forEach((venue) -> venueNames.put(venue.id().value(), venue.name()));
		model.addAttribute("venueChoices", venueNames);
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("genders", Gender.values());
		model.addAttribute("channels", ContactChannel.values());
		model.addAttribute("languageChoices", LanguageCode.COMMON);
		model.addAttribute("deviceChoices", Device.values());
		model.addAttribute("needChoices", AccessibilityNeed.values());
		model.addAttribute("statuses", PersonStatus.values());
		model.addAttribute("purposes", ConsentPurpose.values());
		model.addAttribute("givers", ConsentGiver.values());
		model.addAttribute("methods",
				new ConsentMethod[] { ConsentMethod.PAPER, ConsentMethod.VERBAL, ConsentMethod.ONLINE_FORM });
		model.addAttribute("days", java.time.DayOfWeek.values());
	}

	@GetMapping("/" + GROUP)
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'VENUE_STAFF')")
	String list(@PathVariable String group, @RequestParam(defaultValue = "") String search,
			@RequestParam(required = false) @Nullable PersonStatus status,
			@RequestParam(required = false) @Nullable String language,
			@RequestParam(required = false) @Nullable UUID programme,
			@RequestParam(required = false) @Nullable UUID venue, @RequestParam(required = false) @Nullable UUID topic,
			@RequestParam(required = false) @Nullable Boolean matched, @RequestParam(defaultValue = "0") int page,
			Model model) {
		PersonQuery query = new PersonQuery(PeopleApi.kind(group), search,
				(programme != null) ? new ProgrammeId(programme) : null, (venue != null) ? new VenueId(venue) : null,
				(language != null && LanguageCode.isValid(language)) ? new LanguageCode(language) : null,
				(topic != null) ? new TopicId(topic) : null, status, matched, page, PAGE_SIZE);
		model.addAttribute("matched", matched);
		topicNames(model);
		model.addAttribute("programmeChoices",
				this.programmes.all()
					.stream()
					.map((choice) -> new FilterChoice(choice.id().value().toString(), choice.name(),
							choice.id().value().equals(programme)))
					.toList());
		model.addAttribute("venueChoices",
				this.venues.names()
					.stream()
					.map((choice) -> new FilterChoice(choice.id().value().toString(), choice.name(),
							choice.id().value().equals(venue)))
					.toList());
		model.addAttribute("programme", programme);
		model.addAttribute("venue", venue);
		model.addAttribute("topic", topic);
		model.addAttribute("group", group);
		model.addAttribute("search", search);
		model.addAttribute("status", status);
		model.addAttribute("language", (language != null) ? language : "");
		model.addAttribute("people", this.people.page(query));
		return "people/list";
	}

	@GetMapping("/" + GROUP + "/new")
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	String newPerson(@PathVariable String group, Model model) {
		model.addAttribute("group", group);
		model.addAttribute("form", withTopics(PersonForm.empty(PeopleApi.kind(group))));
		registryChoices(model);
		return "people/form";
	}

	@PostMapping("/" + GROUP)
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	String create(@PathVariable String group, @Valid @ModelAttribute("form") PersonForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("group", group);
		registryChoices(model);
		if (result.hasErrors()) {
			return "people/form";
		}
		try {
			Person person = this.people.register(PeopleApi.kind(group), form.toRequest().toProfile(),
					PersonSource.MANUAL);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/" + group + "/" + person.id();
		}
		catch (RuleViolated violation) {
			reject(result, violation);
			return "people/form";
		}
	}

	@GetMapping("/" + GROUP + "/{id}")
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'VENUE_STAFF')")
	String show(@PathVariable String group, @PathVariable UUID id, Model model) {
		Person person = person(group, id);
		model.addAttribute("group", group);
		model.addAttribute("person", person);
		boolean minor = this.people.possiblyMinor(person);
		model.addAttribute("minor", minor);
		model.addAttribute("consents", this.people.consents(person.id()));
		topicNames(model);
		Map<UUID, String> programmeNames = new LinkedHashMap<>();
		this.programmes.all()
			.stream()
			.filter((programme) -> person.profile().programmes().contains(programme.id()))
			.forEach((programme) -> programmeNames.put(programme.id().value(), programme.name()));
		model.addAttribute("personProgrammes", programmeNames);
		if (person.isMentor()) {
			model.addAttribute("checks", this.people.backgroundChecks(person.id()));
			model.addAttribute("homeVisitsPermitted", this.people.homeVisitsPermitted(person.id()));
		}
		if (!model.containsAttribute("consentForm")) {
			model.addAttribute("consentForm", new ConsentForm(ConsentPurpose.PARTICIPATION,
					minor ? ConsentGiver.GUARDIAN : ConsentGiver.PERSON, "", ConsentMethod.PAPER));
		}
		if (!model.containsAttribute("guardianForm")) {
			model.addAttribute("guardianForm", new GuardianLinkForm("", ""));
		}
		if (!model.containsAttribute("checkForm")) {
			model.addAttribute("checkForm", new CheckForm(null, null, ""));
		}
		return "people/detail";
	}

	@GetMapping("/" + GROUP + "/{id}/edit")
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	String edit(@PathVariable String group, @PathVariable UUID id, Model model) {
		Person person = person(group, id);
		model.addAttribute("group", group);
		model.addAttribute("person", person);
		model.addAttribute("form", withTopics(PersonForm.of(person)));
		registryChoices(model);
		return "people/form";
	}

	@PostMapping("/" + GROUP + "/{id}/edit")
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	String change(@PathVariable String group, @PathVariable UUID id, @Valid @ModelAttribute("form") PersonForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Person person = person(group, id);
		model.addAttribute("group", group);
		model.addAttribute("person", person);
		registryChoices(model);
		if (result.hasErrors()) {
			return "people/form";
		}
		try {
			int version = (form.version() != null) ? form.version() : -1;
			Set<UUID> venues = person.profile()
				.venues()
				.stream()
				.map((venue) -> venue.value())
				.collect(Collectors.toSet());
			Set<UUID> programmes = person.profile()
				.programmes()
				.stream()
				.map((programme) -> programme.value())
				.collect(Collectors.toSet());
			this.people.change(person.id(), version, form.toRequest().toProfile());
			redirect.addFlashAttribute("saved", true);
		}
		catch (RuleViolated violation) {
			reject(result, violation);
			return "people/form";
		}
		catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("stale", true);
			return "redirect:/" + group + "/" + id + "/edit";
		}
		return "redirect:/" + group + "/" + id;
	}

	@PostMapping("/" + GROUP + "/{id}/activate")
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	String activate(@PathVariable String group, @PathVariable UUID id, RedirectAttributes redirect) {
		try {
			this.people.activate(person(group, id).id());
			redirect.addFlashAttribute("activated", true);
		}
		catch (RuleViolated violation) {
			redirect.addFlashAttribute("refused", violation.messageKey());
		}
		return "redirect:/" + group + "/" + id;
	}

	@PostMapping("/" + GROUP + "/{id}/deactivate")
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	String deactivate(@PathVariable String group, @PathVariable UUID id) {
		this.people.deactivate(person(group, id).id());
		return "redirect:/" + group + "/" + id;
	}

	@PostMapping("/" + GROUP + "/{id}/consents")
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	String recordConsent(@PathVariable String group, @PathVariable UUID id,
			@Valid @ModelAttribute("consentForm") ConsentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Person person = person(group, id);
		if (!result.hasErrors()) {
			try {
				this.people.recordConsent(person.id(), form.purpose(), form.givenBy(), form.guardianName(),
						form.method());
				redirect.addFlashAttribute("consentRecorded", true);
				return "redirect:/" + group + "/" + id + "#consents";
			}
			catch (RuleViolated violation) {
				reject(result, violation);
			}
		}
		return show(group, id, model);
	}

	@PostMapping("/" + GROUP + "/{id}/consents/{consentId}/withdraw")
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	String withdrawConsent(@PathVariable String group, @PathVariable UUID id, @PathVariable UUID consentId,
			RedirectAttributes redirect) {
		this.people.withdrawConsent(person(group, id).id(), consentId);
		redirect.addFlashAttribute("consentWithdrawn", true);
		return "redirect:/" + group + "/" + id + "#consents";
	}

	@PostMapping("/mentors/{id}/guardian-link")
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	String guardianLink(@PathVariable UUID id, @Valid @ModelAttribute("guardianForm") GuardianLinkForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Person person = person("mentors", id);
		if (!result.hasErrors()) {
			try {
				GuardianLink link = this.people.requestGuardianConsent(person.id(), form.guardianName(),
						form.guardianContact());
				redirect.addFlashAttribute("guardianLinkUrl",
						ServletUriComponentsBuilder.fromCurrentContextPath().path(link.path()).toUriString());
				return "redirect:/mentors/" + id + "#guardian";
			}
			catch (RuleViolated violation) {
				reject(result, violation);
			}
		}
		return show("mentors", id, model);
	}

	@PostMapping("/mentors/{id}/background-checks")
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
	String backgroundCheck(@PathVariable UUID id, @Valid @ModelAttribute("checkForm") CheckForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Person person = person("mentors", id);
		if (!result.hasErrors() && form.checkedOn() != null && form.expiresOn() != null) {
			try {
				this.people.recordBackgroundCheck(person.id(), form.checkedOn(), form.expiresOn(), form.reference());
				redirect.addFlashAttribute("checkRecorded", true);
				return "redirect:/mentors/" + id + "#checks";
			}
			catch (RuleViolated violation) {
				reject(result, violation);
			}
		}
		return show("mentors", id, model);
	}

	private Person person(String group, UUID id) {
		return this.people.get(PeopleApi.kind(group), new PersonId(id));
	}

	private static void reject(BindingResult result, RuleViolated violation) {
		String field = violation.field();
		if (field.equals("languages")) {
			field = "firstLanguage";
		}
		if (result.getTarget() != null && hasProperty(result, field)) {
			result.rejectValue(field, violation.messageKey(), violation.arguments(), violation.rule());
		}
		else {
			result.reject(violation.messageKey(), violation.arguments(), violation.rule());
		}
	}

	private static boolean hasProperty(BindingResult result, String field) {
		try {
			result.getFieldType(field);
			return result.getFieldType(field) != null;
		}
		catch (RuntimeException notAProperty) {
			return false;
		}
	}

	record ConsentForm(@NotNull ConsentPurpose purpose, @NotNull ConsentGiver givenBy,
			@Size(max = 200) @Nullable String guardianName, @NotNull ConsentMethod method) {
	}

	record GuardianLinkForm(@NotBlank @Size(max = 200) String guardianName,
			@NotBlank @Size(max = 320) String guardianContact) {
	}

	record CheckForm(@NotNull @Nullable LocalDate checkedOn, @NotNull @Nullable LocalDate expiresOn,
			@NotBlank @Size(max = 100) String reference) {
	}

}
