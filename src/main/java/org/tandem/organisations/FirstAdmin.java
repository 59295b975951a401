package org.tandem.organisations;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.system.Role;

/**
 * On the first start of a new installation (no organisation yet), creates the first
 * organisation and its admin from {@code TANDEM_BOOTSTRAP_*} settings. There is no
 * default password: without the settings nothing is created and the log says what to set.
 */
@Component
@Order(0)
class FirstAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final Settings settings;

	private final Organisations organisations;

	private final Users users;

	FirstAdmin(Settings settings, Organisations organisations, Users users) {
		this.settings = settings;
		this.organisations = organisations;
		this.users = users;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (this.organisations.anyExists()) {
			return;
		}
		if (!this.settings.complete()) {
			log.warn("No organisation yet. Set TANDEM_BOOTSTRAP_ORGANISATION, TANDEM_BOOTSTRAP_ADMIN_USERNAME and "
					+ "TANDEM_BOOTSTRAP_ADMIN_PASSWORD (12+ characters) and restart to create the first admin.");
			return;
		}
		String name = Objects.requireNonNull(this.settings.organisation());
		Username admin = new Username(Objects.requireNonNull(this.settings.adminUsername()));
		String password = Objects.requireNonNull(this.settings.adminPassword());
		Organisation organisation = this.organisations.create(name, Locale.forLanguageTag(this.settings.locale()),
				ZoneId.of(this.settings.timeZone()));
		this.organisations.actFor(organisation, () -> this.users
			.registerWithPassword(new NewUser(admin, this.settings.adminName(), null, Set.of(Role.ADMIN)), password));
		log.info("Created organisation {} and its first admin", organisation.id());
	}

	/**
	 * The first organisation and admin of a new installation.
	 *
	 * @param organisation the organisation's name
	 * @param locale its language, {@code sv} or {@code en}
	 * @param timeZone its time zone
	 * @param adminUsername the first admin's login name
	 * @param adminName the first admin's display name
	 * @param adminPassword the first admin's password, 12+ characters
	 */
	@ConfigurationProperties("tandem.bootstrap")
	record Settings(@Nullable String organisation, String locale, String timeZone, @Nullable String adminUsername,
			String adminName, @Nullable String adminPassword) {

		Settings {
			locale = (locale == null) ? "sv" : locale;
			timeZone = (timeZone == null) ? "Europe/Stockholm" : timeZone;
			adminName = (adminName == null) ? "Administratör" : adminName;
		}

		boolean complete() {
			return notBlank(this.organisation) && notBlank(this.adminUsername) && notBlank(this.adminPassword);
		}

		private static boolean notBlank(@Nullable String value) {
			return value != null && !value.isBlank();
		}

		@Override
		public String toString() {
			return "Settings[organisation=" + this.organisation + ", adminUsername=" + this.adminUsername + "]";
		}

	}

}
