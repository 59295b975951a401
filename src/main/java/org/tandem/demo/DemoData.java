package org.tandem.demo;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tandem.organisations.ApiTokens;
import org.tandem.organisations.NewUser;
import org.tandem.organisations.Organisation;
import org.tandem.organisations.Organisations;
import org.tandem.organisations.UserAccount;
import org.tandem.organisations.Username;
import org.tandem.organisations.Users;
import org.tandem.system.Role;

/**
 * Creates the demo organisation on the first start of the demo and prints its logins on
 * every start. Demo only: these passwords are public.
 */
@Component
@Profile("demo")
@Order(-1)
class DemoData implements ApplicationRunner {

	static final String ORGANISATION = "Tandem Demo – Skellefteå";

	static final String PASSWORD = "tandem-demo-2026";

	static final String COORDINATOR_TOKEN = "tdm_demo_coordinator_try_the_api_2026";

	static final List<DemoLogin> LOGINS = List.of(new DemoLogin("admin", "Alva Admin", Role.ADMIN),
			new DemoLogin("coordinator", "Karin Koordinator", Role.COORDINATOR),
			new DemoLogin("mentor", "Elias Mentor", Role.MENTOR), new DemoLogin("senior", "Gunnel Senior", Role.SENIOR),
			new DemoLogin("venue", "Vera Bibliotek", Role.VENUE_STAFF),
			new DemoLogin("analyst", "Anders Analytiker", Role.ANALYST));

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final Organisations organisations;

	private final Users users;

	private final ApiTokens tokens;

	private final DemoProgramme programme;

	private final DemoSessions sessions;

	DemoData(Organisations organisations, Users users, ApiTokens tokens, DemoProgramme programme,
			DemoSessions sessions) {
		this.organisations = organisations;
		this.users = users;
		this.tokens = tokens;
		this.programme = programme;
		this.sessions = sessions;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		if (this.organisations.findByName(ORGANISATION).isEmpty()) {
			create();
		}
		StringBuilder banner = new StringBuilder("\n\n  Tandem demo is running: http://localhost:8080\n");
		banner.append("  Demo logins (password for all: ").append(PASSWORD).append("):\n");
		LOGINS.forEach((login) -> banner.append(String.format("    %-12s %s%n", login.username(), login.role())));
		banner.append("  Try the API as the coordinator:\n    curl -H 'Authorization: Bearer ")
			.append(COORDINATOR_TOKEN)
			.append("' http://localhost:8080/api/v1/me\n");
		log.info(banner.toString());
	}

	private void create() {
		Organisation organisation = this.organisations.create(ORGANISATION, Locale.forLanguageTag("sv"),
				ZoneId.of("Europe/Stockholm"));
		this.organisations.actFor(organisation, () -> {
			Map<Role, UserAccount> accounts = new EnumMap<>(Role.class);
			LOGINS.forEach((login) -> {
				UserAccount user = this.users.registerWithPassword(
						new NewUser(new Username(login.username()), login.displayName(), null, Set.of(login.role())),
						PASSWORD);
				accounts.put(login.role(), user);
				if (login.role() == Role.COORDINATOR) {
					this.tokens.issueKnownSecret(user.id(), "Demo", COORDINATOR_TOKEN);
				}
			});
			DemoProgramme.Made made = this.programme.create(organisation.timeZone());
			link(accounts, made);
		});
	}

	/**
	 * The demo mentor and senior are the first pair, with their sessions; the demo venue
	 * staff works at the town library.
	 */
	private void link(Map<Role, UserAccount> accounts, DemoProgramme.Made made) {
		this.sessions.firstPair(made).ifPresent((pair) -> {
			this.users.linkPerson(accounts.get(Role.MENTOR).id(), pair.mentor().value());
			this.users.linkPerson(accounts.get(Role.SENIOR).id(), pair.senior().value());
		});
		this.users.linkVenues(accounts.get(Role.VENUE_STAFF).id(), Set.of(made.venues().get(0).value()));
	}

	record DemoLogin(String username, String displayName, Role role) {
	}

}
