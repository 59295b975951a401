package org.tandem.system;

import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Knows which organisation the current piece of work acts for: the signed-in user's, or
 * the one a background job or start-up task names explicitly with
 * {@link #callAs(OrganisationId, Supplier)}.
 */
@Component
public class Tenancy {

	private static final ThreadLocal<@Nullable OrganisationId> EXPLICIT = new ThreadLocal<>();

	/**
	 * The organisation the current work acts for.
	 * @throws NoOrganisation when nobody is signed in and no job named one
	 */
	public OrganisationId current() {
		return find().orElseThrow(NoOrganisation::new);
	}

	/** The organisation the current work acts for, if there is one. */
	public Optional<OrganisationId> find() {
		OrganisationId explicit = EXPLICIT.get();
		if (explicit != null) {
			return Optional.of(explicit);
		}
		return signedInUser().map(CurrentUser::organisationId);
	}

	/** The signed-in user, if the current work is a user's request. */
	public Optional<CurrentUser> signedInUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}

	/**
	 * Runs work on behalf of one organisation, for jobs and start-up tasks that have no
	 * signed-in user. Nested calls restore the outer organisation afterwards.
	 */
	public <T> T callAs(OrganisationId organisation, Supplier<T> work) {
		OrganisationId outer = EXPLICIT.get();
		EXPLICIT.set(organisation);
		try {
			return work.get();
		}
		finally {
			if (outer == null) {
				EXPLICIT.remove();
			}
			else {
				EXPLICIT.set(outer);
			}
		}
	}

	public void runAs(OrganisationId organisation, Runnable work) {
		callAs(organisation, () -> {
			work.run();
			return null;
		});
	}

	/** Tenant-scoped data was touched with no organisation to scope it to: a bug. */
	public static final class NoOrganisation extends IllegalStateException {

		private static final long serialVersionUID = 1L;

		NoOrganisation() {
			super("No organisation: tenant-scoped data needs a signed-in user or Tenancy.callAs(..)");
		}

	}

}
