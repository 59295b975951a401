package org.tandem.organisations.web;

import java.time.Clock;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.organisations.ApiTokens;
import org.tandem.organisations.IssuedToken;
import org.tandem.organisations.UserId;
import org.tandem.organisations.Users;
import org.tandem.system.CurrentUser;
import org.tandem.system.RuleViolated;

/**
 * The signed-in user's own account: change the password, and manage personal API tokens.
 */
@Controller
class AccountController {

	private final Users users;

	private final ApiTokens tokens;

	private final Clock clock;

	AccountController(Users users, ApiTokens tokens, Clock clock) {
		this.users = users;
		this.tokens = tokens;
		this.clock = clock;
	}

	@GetMapping("/account/password")
	@PreAuthorize("isAuthenticated()")
	String passwordForm(Model model) {
		model.addAttribute("form", new PasswordForm("", "", ""));
		return "organisations/password";
	}

	/**
	 * After a change the user signs in again with the new password, which also ends other
	 * sessions' use.
	 */
	@PostMapping("/account/password")
	@PreAuthorize("isAuthenticated()")
	String changePassword(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") PasswordForm form,
			BindingResult result, HttpServletRequest request, HttpServletResponse response) {
		if (!form.newPassword().equals(form.repeatPassword())) {
			result.rejectValue("repeatPassword", "password.mismatch");
		}
		if (result.hasErrors()) {
			return "organisations/password";
		}
		try {
			this.users.changeOwnPassword(new UserId(user.userId()), form.currentPassword(), form.newPassword());
		}
		catch (RuleViolated violation) {
			UsersController.reject(result, violation);
			return "organisations/password";
		}
		new SecurityContextLogoutHandler().logout(request, response,
				SecurityContextHolder.getContext().getAuthentication());
		return "redirect:/login?passwordChanged";
	}

	@GetMapping("/account/tokens")
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'ANALYST')")
	String tokens(@AuthenticationPrincipal CurrentUser user, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new TokenForm("", 90));
		}
		model.addAttribute("tokens", this.tokens.ownedBy(new UserId(user.userId())));
		model.addAttribute("now", this.clock.instant());
		return "organisations/tokens";
	}

	@PostMapping("/account/tokens")
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'ANALYST')")
	String createToken(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") TokenForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return tokens(user, model);
		}
		IssuedToken issued = this.tokens.issue(new UserId(user.userId()), form.name(),
				(form.validForDays() != null) ? java.time.Duration.ofDays(form.validForDays()) : null);
		redirect.addFlashAttribute("issuedSecret", issued.secret());
		return "redirect:/account/tokens";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'ANALYST')")
	String revokeToken(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		this.tokens.revoke(new UserId(user.userId()), id);
		redirect.addFlashAttribute("revoked", true);
		return "redirect:/account/tokens";
	}

	record PasswordForm(@NotBlank String currentPassword, @NotBlank @Size(min = 12, max = 128) String newPassword,
			@NotBlank String repeatPassword) {

		@Override
		public String toString() {
			return "PasswordForm[hidden]";
		}

	}

	record TokenForm(@NotBlank @Size(max = 100) String name, @Min(1) @Max(730) @Nullable Integer validForDays) {
	}

}
