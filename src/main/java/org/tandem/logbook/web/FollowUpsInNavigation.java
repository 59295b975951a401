package org.tandem.logbook.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tandem.logbook.Logbook;
import org.tandem.system.CurrentUser;
import org.tandem.system.Role;
import org.tandem.system.Tenancy;

/**
 * Puts the number of open follow-ups on every page an admin or coordinator sees (the
 * navigation and the start page show it), so that a possible scam a mentor reported
 * reaches them without their looking for it. One indexed count per page; none for the API
 * or for other roles.
 */
@ControllerAdvice(annotations = Controller.class)
class FollowUpsInNavigation {

	private final Logbook logbook;

	private final Tenancy tenancy;

	FollowUpsInNavigation(Logbook logbook, Tenancy tenancy) {
		this.logbook = logbook;
		this.tenancy = tenancy;
	}

	@ModelAttribute("openFollowUps")
	@Nullable Long openFollowUps(HttpServletRequest request) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return null;
		}
		boolean coordinates = this.tenancy.signedInUser()
			.filter((user) -> user.hasRole(Role.ADMIN) || user.hasRole(Role.COORDINATOR))
			.map(CurrentUser::organisationId)
			.isPresent();
		return coordinates ? this.logbook.countOpenFollowUps() : null;
	}

}
