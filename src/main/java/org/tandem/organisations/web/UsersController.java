package org.tandem.organisations.web;

import java.util.EnumSet;
import java.util.UUID;

import jakarta.validation.Valid;

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
import org.tandem.organisations.UserAccount;
import org.tandem.organisations.UserId;
import org.tandem.organisations.Users;
import org.tandem.system.Role;
import org.tandem.system.RuleViolated;

/**
 * The admin's pages for the organisation's users: list and search, create, edit roles,
 * disable, reset a password.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class UsersController {

	private static final int PAGE_SIZE = 25;

	private final Users users;

	UsersController(Users users) {
		this.users = users;
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

	@GetMapping("/admin/users/{id}")
	String show(@PathVariable UUID id, Model model) {
		UserAccount user = this.users.find(new UserId(id));
		model.addAttribute("user", user);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new UserRequests.Change(user.version(), user.displayName(), user.email(),
					user.roles(), user.enabled()));
		}
		return "organisations/user";
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
		model.addAttribute("user", this.users.find(userId));
		return "organisations/user";
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
