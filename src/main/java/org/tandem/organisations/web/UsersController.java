package org.tandem.organisations.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
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
import org.tandem.organisations.IssuedPassword;
import org.tandem.organisations.LinkSearch;
import org.tandem.organisations.LinkTarget;
import org.tandem.organisations.LinkableVenues;
import org.tandem.organisations.LinkablePeople;
import org.tandem.organisations.UserAccount;
import org.tandem.organisations.UserId;
import org.tandem.organisations.Users;
import org.tandem.system.Role;
import org.tandem.system.RuleViolated;

/**
 * The admin's pages for the organisation's users: list and search, create, edit roles,
 * disable, reset a password, and link an account to the mentor or senior it stands for
 * and a venue staff account to its venues. The person and the venues are found by a
 * search field (with htmx as it is typed in, else by a plain GET form), never from a list
 * of the whole registry.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class UsersController {

	private static final int PAGE_SIZE = 25;

	/** How many people or venues a link search lists. */
	static final int CHOICES = 20;

	private final Users users;

	private final LinkablePeople people;

	private final LinkableVenues venues;

	private final MessageSource messages;

	UsersController(Users users, LinkablePeople people, LinkableVenues venues, MessageSource messages) {
		this.users = users;
		this.people = people;
		this.venues = venues;
		this.messages = messages;
	}

	@ModelAttribute("allRoles")
	Role[] allRoles() {
		return Role.values();
	}

	@GetMapping("/admin/users")
	String list(@RequestParam(defaultValue = "") String search, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("search", search);
		model.addAttribute("users", this.users.page(search, page, PAGE_SIZE));
		return "organisations/users";
	}

	@GetMapping("/admin/users/new")
	String newUser(Model model) {
		model.addAttribute("form", new UserRequests.Create("", "", null, EnumSet.noneOf(Role.class)));
		return "organisations/user-new";
	}

	@PostMapping("/admin/users")
	String create(@Valid @ModelAttribute("form") UserRequests.Create form, BindingResult result,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "organisations/user-new";
		}
		try {
			IssuedPassword issued = this.users.register(form.toNewUser());
			redirect.addFlashAttribute("issuedPassword", issued.temporaryPassword());
			return "redirect:/admin/users/" + issued.account().id();
		}
		catch (RuleViolated violation) {
			reject(result, violation);
			return "organisations/user-new";
		}
	}

	/**
	 * A user's page. {@code personSearch} and {@code venueSearch} find whom or where to
	 * link the account to (a plain form); with htmx each search field asks
	 * {@code /person-choices} or {@code /venue-choices} as it is typed in.
	 */
	@GetMapping("/admin/users/{id}")
	String show(@PathVariable UUID id, @RequestParam(required = false) @Nullable String personSearch,
			@RequestParam(required = false) @Nullable String venueSearch, Model model) {
		UserAccount user = this.users.find(new UserId(id));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new UserRequests.Change(user.version(), user.displayName(), user.email(),
					user.roles(), user.enabled()));
		}
		return userPage(user, personSearch, venueSearch, model);
	}

	private String userPage(UserAccount user, @Nullable String personSearch, @Nullable String venueSearch,
			Model model) {
		model.addAttribute("user", user);
		model.addAttribute("linkedPerson", this.users.linkedPerson(user).orElse(null));
		model.addAttribute("linkedVenues", this.users.linkedVenues(user));
		model.addAttribute("personRoles", personRoles(user));
		model.addAttribute("venueStaff", user.roles().contains(Role.VENUE_STAFF));
		model.addAttribute("personSearch", (personSearch != null) ? personSearch : "");
		model.addAttribute("venueSearch", (venueSearch != null) ? venueSearch : "");
		model.addAttribute("personChoices", (personSearch != null) ? personChoices(user, personSearch) : null);
		model.addAttribute("venueChoices", (venueSearch != null) ? this.venues.search(venueSearch, CHOICES) : null);
		return "organisations/user";
	}

	/** The mentors or seniors a search finds, for htmx to put in the link form. */
	@GetMapping("/admin/users/{id}/person-choices")
	String personChoices(@PathVariable UUID id, @RequestParam(defaultValue = "") String personSearch, Model model) {
		model.addAttribute("choices", personChoices(this.users.find(new UserId(id)), personSearch));
		model.addAttribute("field", "personId");
		return "organisations/user :: found";
	}

	/** The venues a search finds, for htmx to put in the venue form. */
	@GetMapping("/admin/users/{id}/venue-choices")
	String venueChoices(@PathVariable UUID id, @RequestParam(defaultValue = "") String venueSearch, Model model) {
		this.users.find(new UserId(id));
		model.addAttribute("choices", this.venues.search(venueSearch, CHOICES));
		model.addAttribute("field", "venueId");
		return "organisations/user :: found";
	}

	@PostMapping("/admin/users/{id}/person")
	String linkPerson(@PathVariable UUID id, @RequestParam(required = false) @Nullable String personId, Model model,
			Locale locale, RedirectAttributes redirect) {
		UserId userId = new UserId(id);
		try {
			this.users.linkPerson(userId, chosen(personId, "personId", "users.link.choosePerson"));
			redirect.addFlashAttribute("linked", "users.link.personLinked");
			return "redirect:/admin/users/" + id + "#links";
		}
		catch (RuleViolated refused) {
			UserAccount user = this.users.find(userId);
			model.addAttribute("form", new UserRequests.Change(user.version(), user.displayName(), user.email(),
					user.roles(), user.enabled()));
			model.addAttribute("personError", text(refused, locale));
			return userPage(user, "", null, model);
		}
	}

	@PostMapping("/admin/users/{id}/person/unlink")
	String unlinkPerson(@PathVariable UUID id, RedirectAttributes redirect) {
		this.users.unlinkPerson(new UserId(id));
		redirect.addFlashAttribute("linked", "users.link.personUnlinked");
		return "redirect:/admin/users/" + id + "#links";
	}

	@PostMapping("/admin/users/{id}/venues")
	String linkVenue(@PathVariable UUID id, @RequestParam(required = false) @Nullable String venueId, Model model,
			Locale locale, RedirectAttributes redirect) {
		UserId userId = new UserId(id);
		try {
			this.users.linkVenue(userId, chosen(venueId, "venueIds", "users.link.chooseVenue"));
			redirect.addFlashAttribute("linked", "users.link.venueLinked");
			return "redirect:/admin/users/" + id + "#links";
		}
		catch (RuleViolated refused) {
			UserAccount user = this.users.find(userId);
			model.addAttribute("form", new UserRequests.Change(user.version(), user.displayName(), user.email(),
					user.roles(), user.enabled()));
			model.addAttribute("venueError", text(refused, locale));
			return userPage(user, null, "", model);
		}
	}

	@PostMapping("/admin/users/{id}/venues/{venueId}/unlink")
	String unlinkVenue(@PathVariable UUID id, @PathVariable UUID venueId, RedirectAttributes redirect) {
		this.users.unlinkVenue(new UserId(id), venueId);
		redirect.addFlashAttribute("linked", "users.link.venueUnlinked");
		return "redirect:/admin/users/" + id + "#links";
	}

	private LinkSearch personChoices(UserAccount user, String search) {
		List<LinkTarget> found = new ArrayList<>();
		long total = 0;
		for (Role role : personRoles(user)) {
			LinkSearch ofRole = this.people.search(role, search, CHOICES);
			found.addAll(ofRole.found());
			total += ofRole.total();
		}
		return new LinkSearch(found, total);
	}

	/** The kinds of person the account can stand for: a mentor, a senior, or none. */
	private static List<Role> personRoles(UserAccount user) {
		return Stream.of(Role.MENTOR, Role.SENIOR).filter(user.roles()::contains).toList();
	}

	/** The id the admin chose, or a refusal that asks them to choose. */
	private static UUID chosen(@Nullable String id, String field, String messageKey) {
		if (id == null || id.isBlank()) {
			throw new NothingChosen(field, messageKey);
		}
		try {
			return UUID.fromString(id.strip());
		}
		catch (IllegalArgumentException notAnId) {
			throw new NothingChosen(field, messageKey);
		}
	}

	private String text(RuleViolated refused, Locale locale) {
		return this.messages.getMessage(refused.messageKey(), refused.arguments(), locale);
	}

	/** The link form came back without a choice. */
	static final class NothingChosen extends RuleViolated {

		private static final long serialVersionUID = 1L;

		NothingChosen(String field, String messageKey) {
			super(field, "Required", messageKey);
		}

	}

	@PostMapping("/admin/users/{id}")
	String change(@PathVariable UUID id, @Valid @ModelAttribute("form") UserRequests.Change form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		UserId userId = new UserId(id);
		if (!result.hasErrors()) {
			try {
				this.users.change(userId, form.toChanges());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/admin/users/" + id;
			}
			catch (RuleViolated violation) {
				reject(result, violation);
			}
			catch (OptimisticLockingFailureException stale) {
				// Show the latest version, so that the admin edits what is there now.
				redirect.addFlashAttribute("stale", true);
				return "redirect:/admin/users/" + id;
			}
		}
		return userPage(this.users.find(userId), null, null, model);
	}

	@PostMapping("/admin/users/{id}/password-reset")
	String resetPassword(@PathVariable UUID id, RedirectAttributes redirect) {
		IssuedPassword issued = this.users.resetPassword(new UserId(id));
		redirect.addFlashAttribute("issuedPassword", issued.temporaryPassword());
		return "redirect:/admin/users/" + id;
	}

	static void reject(BindingResult result, RuleViolated violation) {
		result.rejectValue(violation.field(), violation.messageKey(), violation.arguments(), violation.rule());
	}

}
