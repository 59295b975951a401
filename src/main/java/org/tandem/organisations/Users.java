package org.tandem.organisations;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.system.Role;

/**
 * The user accounts of the current organisation: create, edit roles, disable, and reset
 * passwords. Nothing here can reach another organisation's users.
 */
@Service
public class Users {

	static final int MAX_PAGE_SIZE = 200;

	private static final Logger log = LoggerFactory.getLogger(Users.class);

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	/** The most venues one venue staff account may be linked to. */
	public static final int MAX_VENUES = 50;

	private final TokenRepository tokens;

	private final LinkablePeople people;

	private final LinkableVenues venues;

	Users(UserRepository users, PasswordEncoder passwordEncoder, Clock clock, TokenRepository tokens,
			LinkablePeople people, LinkableVenues venues) {
		this.tokens = tokens;
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
		this.people = people;
		this.venues = venues;
	}

	/**
	 * Creates a user with a temporary password they must change at first sign-in.
	 * @throws UsernameTaken if any organisation already has this login name
	 */
	@Transactional
	public IssuedPassword register(NewUser newUser) {
		String temporary = Passwords.temporary();
		UserAccount account = insert(newUser, temporary, true);
		return new IssuedPassword(account, temporary);
	}

	/**
	 * Creates a user with a password chosen by the installer: the first admin of a new
	 * installation and the demo logins. Not for people created through the UI.
	 * @throws UsernameTaken if any organisation already has this login name
	 * @throws PasswordRefused if the password breaks the password rules
	 */
	@Transactional
	public UserAccount registerWithPassword(NewUser newUser, String password) {
		if (!Passwords.acceptable(password)) {
			throw PasswordRefused.tooWeak();
		}
		return insert(newUser, password, false);
	}

	private UserAccount insert(NewUser newUser, String password, boolean mustChange) {
		if (this.users.usernameExists(newUser.username())) {
			throw new UsernameTaken(newUser.username());
		}
		// Both databases keep microseconds; an account reads back exactly as it was made.
		Instant createdAt = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		UserAccount account = new UserAccount(new UserId(UUID.randomUUID()), newUser.username().value(),
				newUser.displayName().strip(), newUser.email(), newUser.roles(), true, mustChange, createdAt, 0);
		try {
			this.users.insert(account, this.passwordEncoder.encode(password), account.createdAt());
		}
		catch (DuplicateKeyException raced) {
			throw new UsernameTaken(newUser.username());
		}
		return account;
	}

	/**
	 * @throws UserNotFound if the current organisation has no such user
	 */
	public UserAccount find(UserId id) {
		return this.users.find(id).orElseThrow(() -> new UserNotFound(id));
	}

	/** Users whose name, login name or e-mail contains {@code search}, by name. */
	public UserPage page(String search, int page, int size) {
		int safeSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
		int safePage = Math.max(0, page);
		long total = this.users.count(search);
		return new UserPage(this.users.page(search, safePage * safeSize, safeSize), safePage, safeSize, total);
	}

	/**
	 * Saves an admin's edit.
	 * @throws UserNotFound if the current organisation has no such user
	 * @throws OptimisticLockingFailureException if someone changed the user since
	 * {@code changes.version()}
	 * @throws LastAdminKept if the edit would leave no enabled admin
	 * <p>
	 * Taking away the role a link is for takes the link with it: without MENTOR (or
	 * SENIOR) the account no longer stands for its mentor (senior), without VENUE_STAFF
	 * for its venues.
	 */
	@Transactional
	public UserAccount change(UserId id, UserChanges changes) {
		UserAccount before = find(id);
		boolean wasActiveAdmin = before.enabled() && before.roles().contains(Role.ADMIN);
		boolean staysActiveAdmin = changes.enabled() && changes.roles().contains(Role.ADMIN);
		if (wasActiveAdmin && !staysActiveAdmin && this.users.countEnabledAdmins() <= 1) {
			throw new LastAdminKept(changes.enabled() ? "roles" : "enabled");
		}
		if (!this.users.update(id, changes.version(), changes.displayName().strip(), changes.email(), changes.roles(),
				changes.enabled())) {
			throw new OptimisticLockingFailureException("User " + id + " changed since version " + changes.version());
		}
		AccountLinks links = before.links();
		if (links.personRole() != null && !changes.roles().contains(links.personRole())) {
			this.users.linkPerson(id, null, null);
		}
		if (!links.venues().isEmpty() && !changes.roles().contains(Role.VENUE_STAFF)) {
			this.users.linkVenues(id, Set.of());
		}
		return find(id);
	}

	/**
	 * Links the account to a mentor or senior of the organisation: a MENTOR account to a
	 * mentor, a SENIOR account to a senior. One account per person. Linking the person
	 * the account already stands for changes nothing.
	 * @throws UserNotFound if the current organisation has no such user
	 * @throws AccountLinkRefused {@code UnknownPerson} if the organisation has no such
	 * person (another organisation's person is told apart from none),
	 * {@code PersonKindNotRole} if the account has no role for that kind of person,
	 * {@code PersonHasAccount} if another account stands for the person; nothing is
	 * written
	 */
	@Transactional
	public UserAccount linkPerson(UserId id, UUID personId) {
		UserAccount account = find(id);
		LinkTarget person = this.people.find(personId).orElseThrow(AccountLinkRefused::unknownPerson);
		if (!account.roles().contains(person.role())) {
			throw AccountLinkRefused.personKindNotARole(person);
		}
		var other = this.users.findByPerson(personId).filter((linked) -> !linked.id().equals(id));
		if (other.isPresent()) {
			throw AccountLinkRefused.personHasAccount(person, other.get().displayName());
		}
		try {
			this.users.linkPerson(id, personId, person.role());
		}
		catch (DuplicateKeyException raced) {
			throw AccountLinkRefused.personHasAccount(person, "–");
		}
		log.info("User {} linked to a {}", id, person.role());
		return find(id);
	}

	/**
	 * The account stands for no mentor or senior any more.
	 * @throws UserNotFound if the current organisation has no such user
	 */
	@Transactional
	public UserAccount unlinkPerson(UserId id) {
		find(id);
		this.users.linkPerson(id, null, null);
		return find(id);
	}

	/**
	 * Sets the venues a venue staff account works at, replacing those it had; none
	 * unlinks them all.
	 * @throws UserNotFound if the current organisation has no such user
	 * @throws AccountLinkRefused {@code UnknownVenue} if the organisation has one of the
	 * venues not (another organisation's venue is told apart from none),
	 * {@code VenuesNeedVenueStaffRole} if the account is not venue staff,
	 * {@code TooManyVenues} past {@value #MAX_VENUES}; nothing is written
	 */
	@Transactional
	public UserAccount linkVenues(UserId id, Set<UUID> venueIds) {
		return replaceVenues(find(id), venueIds);
	}

	/**
	 * Adds one venue to those a venue staff account works at, by the rules of
	 * {@link #linkVenues}.
	 */
	@Transactional
	public UserAccount linkVenue(UserId id, UUID venueId) {
		UserAccount account = find(id);
		Set<UUID> venues = new HashSet<>(account.links().venues());
		venues.add(venueId);
		return replaceVenues(account, venues);
	}

	/** Takes one venue away from those a venue staff account works at. */
	@Transactional
	public UserAccount unlinkVenue(UserId id, UUID venueId) {
		UserAccount account = find(id);
		Set<UUID> venues = new HashSet<>(account.links().venues());
		venues.remove(venueId);
		return replaceVenues(account, venues);
	}

	private UserAccount replaceVenues(UserAccount account, Set<UUID> venueIds) {
		Set<UUID> venues = Set.copyOf(venueIds);
		if (!venues.isEmpty() && !account.roles().contains(Role.VENUE_STAFF)) {
			throw AccountLinkRefused.venuesNeedVenueStaff();
		}
		if (venues.size() > MAX_VENUES) {
			throw AccountLinkRefused.tooManyVenues(MAX_VENUES);
		}
		// The venues the account already has were checked when they were linked.
		for (UUID venue : venues) {
			if (!account.links().venues().contains(venue) && this.venues.find(venue).isEmpty()) {
				throw AccountLinkRefused.unknownVenue();
			}
		}
		this.users.linkVenues(account.id(), venues);
		return find(account.id());
	}

	/**
	 * The mentor or senior the account stands for, as the people module names them; empty
	 * if none, or if the person is no longer in the registry.
	 */
	public Optional<LinkTarget> linkedPerson(UserAccount account) {
		UUID person = account.links().person();
		return (person != null) ? this.people.find(person) : Optional.empty();
	}

	/** The venues the account works at, as the venues module names them, by name. */
	public List<LinkTarget> linkedVenues(UserAccount account) {
		return account.links()
			.venues()
			.stream()
			.map(this.venues::find)
			.flatMap(Optional::stream)
			.sorted(Comparator.comparing(LinkTarget::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/**
	 * Gives the user a new temporary password that they must replace at next sign-in, and
	 * lifts a lock-out. The user's API tokens are revoked with it: a reset is what an
	 * admin does when an account may be in the wrong hands, and a token would outlive the
	 * old password.
	 * @throws UserNotFound if the current organisation has no such user
	 */
	@Transactional
	public IssuedPassword resetPassword(UserId id) {
		find(id);
		String temporary = Passwords.temporary();
		this.users.setPassword(id, this.passwordEncoder.encode(temporary), true);
		this.tokens.revokeAllOf(id, this.clock.instant());
		log.info("Password reset for user {}", id);
		return new IssuedPassword(find(id), temporary);
	}

	/**
	 * The signed-in user replaces their own password.
	 * @throws PasswordRefused if the current password is wrong, or the new one breaks the
	 * rules or is the same as before
	 */
	@Transactional
	public void changeOwnPassword(UserId id, String currentPassword, String newPassword) {
		String hash = this.users.passwordHash(id).orElseThrow(() -> new UserNotFound(id));
		if (!this.passwordEncoder.matches(currentPassword, hash)) {
			throw PasswordRefused.wrongCurrentPassword();
		}
		if (!Passwords.acceptable(newPassword)) {
			throw PasswordRefused.tooWeak();
		}
		if (newPassword.equals(currentPassword)) {
			throw PasswordRefused.unchanged();
		}
		this.users.setPassword(id, this.passwordEncoder.encode(newPassword), false);
	}

}
