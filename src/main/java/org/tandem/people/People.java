package org.tandem.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.curriculum.Curriculum;
import org.tandem.organisations.Organisations;
import org.tandem.programmes.ProgrammeId;
import org.tandem.programmes.Programmes;
import org.tandem.system.CurrentUser;
import org.tandem.system.OrganisationId;
import org.tandem.system.Sha256;
import org.tandem.system.Tenancy;
import org.tandem.venues.VenueId;
import org.tandem.venues.Venues;

/**
 * The registry of mentors and seniors of the current organisation, with their consents
 * and background checks. Every change goes through the safeguarding rules.
 */
@Service
public class People {

	static final Duration GUARDIAN_LINK_VALIDITY = Duration.ofDays(30);

	static final int BATCH_SIZE = 1000;

	private final PersonRepository people;

	private final ConsentRepository consents;

	private final CheckRepository checks;

	private final Organisations organisations;

	private final Curriculum curriculum;

	private final Venues venues;

	private final Programmes programmes;

	private final Tenancy tenancy;

	private final Clock clock;

	private final NearbyMentors nearby;

	People(PersonRepository people, NearbyMentors nearby, ConsentRepository consents, CheckRepository checks,
			Organisations organisations, Curriculum curriculum, Venues venues, Programmes programmes, Tenancy tenancy,
			Clock clock) {
		this.nearby = nearby;
		this.curriculum = curriculum;
		this.venues = venues;
		this.programmes = programmes;
		this.people = people;
		this.consents = consents;
		this.checks = checks;
		this.organisations = organisations;
		this.tenancy = tenancy;
		this.clock = clock;
	}

	/**
	 * Adds a mentor or senior, pending until a coordinator activates them.
	 * @throws SafeguardingRuleBroken if a mentor is under 13, or a minor mentor is marked
	 * for home visits
	 */
	@Transactional
	public Person register(PersonKind kind, Profile profile, PersonSource source) {
		checkProfile(kind, profile);
		Person person = new Person(new PersonId(UUID.randomUUID()), kind, PersonStatus.PENDING, profile, source, now(),
				0);
		this.people.insert(person);
		return person;
	}

	/**
	 * The rules {@link #register} applies to a new person of this kind, as of today, for
	 * checking many profiles before any is saved (an import's preview).
	 * @return a check that throws {@link SafeguardingRuleBroken} naming the field and
	 * rule a profile breaks
	 */
	public Consumer<Profile> registrationRules(PersonKind kind) {
		LocalDate today = today();
		References references = new References();
		return (profile) -> {
			references.check(profile);
			checkProfile(kind, profile, today);
		};
	}

	/**
	 * Adds many mentors or seniors at once, all pending, with the same rules as
	 * {@link #register} applied to each, in JDBC batches. All or nothing: inside the
	 * caller's transaction, or one of its own.
	 * @param progress told how many are written so far, after each batch
	 * @return the number added
	 * @throws SafeguardingRuleBroken if any profile breaks a rule; nothing is then kept
	 */
	@Transactional
	public int registerAll(PersonKind kind, List<Profile> profiles, PersonSource source, IntConsumer progress) {
		return registerAllWithConsents(kind, profiles.stream().map(Registration::pending).toList(), source, progress);
	}

	/**
	 * Adds many mentors or seniors at once with their status, consent to take part and
	 * background check already settled, in JDBC batches (one per table and batch, never
	 * one round trip per person). The rules are those of {@link #register},
	 * {@link #recordConsent}, {@link #activate} and {@link #recordBackgroundCheck}
	 * together: a mentor under 18 is active only with a guardian's consent, and only
	 * adult mentors have background checks. All or nothing, inside the caller's
	 * transaction or one of its own.
	 * @param progress told how many are written so far, after each batch
	 * @return the number added
	 * @throws SafeguardingRuleBroken if any registration breaks a rule; nothing is then
	 * kept
	 */
	@Transactional
	public int registerAllWithConsents(PersonKind kind, List<Registration> registrations, PersonSource source,
			IntConsumer progress) {
		Consumer<Profile> rules = registrationRules(kind);
		LocalDate today = today();
		for (Registration registration : registrations) {
			rules.accept(registration.profile());
			boolean minor = kind == PersonKind.MENTOR
					&& Safeguarding.possiblyMinor(registration.profile().yearOfBirth(), today);
			Registration.ParticipationConsent consent = registration.participation();
			if (minor && registration.status() == PersonStatus.ACTIVE
					&& (consent == null || consent.givenBy() != ConsentGiver.GUARDIAN)) {
				throw new SafeguardingRuleBroken("status", "GuardianConsentRequired");
			}
			if (registration.check() != null && (kind != PersonKind.MENTOR || minor)) {
				throw new SafeguardingRuleBroken("person", "ChecksAreForAdultMentors");
			}
		}
		Instant now = now();
		UUID recordedBy = signedInUserId();
		int done = 0;
		for (int from = 0; from < registrations.size(); from += BATCH_SIZE) {
			List<Person> batch = new ArrayList<>();
			List<Consent> consents = new ArrayList<>();
			List<BackgroundCheck> checks = new ArrayList<>();
			for (Registration registration : registrations.subList(from,
					Math.min(registrations.size(), from + BATCH_SIZE))) {
				PersonId id = new PersonId(UUID.randomUUID());
				batch.add(new Person(id, kind, registration.status(), registration.profile(), source, now, 0));
				Registration.ParticipationConsent consent = registration.participation();
				if (consent != null) {
					consents.add(new Consent(UUID.randomUUID(), id, ConsentPurpose.PARTICIPATION, consent.givenBy(),
							consent.guardianName(), consent.method(), now, consent.withdrawn() ? now : null));
				}
				Registration.CheckRecord check = registration.check();
				if (check != null) {
					checks.add(new BackgroundCheck(UUID.randomUUID(), id, check.checkedOn(), check.expiresOn(),
							check.reference()));
				}
			}
			this.people.insertAll(batch);
			this.consents.insertAll(consents, recordedBy);
			this.checks.insertAll(checks, recordedBy, now);
			done += batch.size();
			progress.accept(done);
		}
		return done;
	}

	/**
	 * The phone numbers, e-mail addresses and names of everyone of this kind, to find
	 * duplicates among many new people at once.
	 */
	public KnownContacts knownContacts(PersonKind kind) {
		return this.people.knownContacts(kind);
	}

	/**
	 * @throws PersonNotFound if the current organisation has no such person
	 */
	public Person get(PersonId id) {
		return this.people.find(id).orElseThrow(() -> new PersonNotFound(id));
	}

	/**
	 * A person of one kind: a mentor asked for as a senior is, for that question, not
	 * there.
	 * @throws PersonNotFound if the current organisation has no such person of this kind
	 */
	public Person get(PersonKind kind, PersonId id) {
		Person person = get(id);
		if (person.kind() != kind) {
			throw new PersonNotFound(id);
		}
		return person;
	}

	/**
	 * A senior's name and the topics they want help with, most wanted first: what a
	 * learning passport needs of them, read without the rest of the profile.
	 * @throws PersonNotFound if the current organisation has no such senior
	 */
	@Transactional(readOnly = true)
	public Learner learner(PersonId id) {
		return this.people.findLearner(PersonKind.SENIOR, id).orElseThrow(() -> new PersonNotFound(id));
	}

	/**
	 * The full names of these people, for a list that shows a page of ids from elsewhere
	 * (a matching run's proposals): read by id in bulk, never the whole registry.
	 * @return a name for each id the organisation has; ids it does not have are left out
	 */
	public Map<PersonId, String> names(Collection<PersonId> ids) {
		return ids.isEmpty() ? Map.of() : this.people.names(ids);
	}

	/**
	 * How to reach these people and what they are called, read by id in bulk.
	 * @return details for each id the organisation has; ids it does not have are left out
	 */
	public Map<PersonId, ContactDetails> contacts(Collection<PersonId> ids) {
		return ids.isEmpty() ? Map.of() : this.people.contacts(ids);
	}

	/**
	 * The first names of these people, for a page that shows someone the people they meet
	 * without telling them more (a mentor's own sessions): read by id in bulk.
	 * @return a first name for each id the organisation has; ids it does not have are
	 * left out
	 */
	public Map<PersonId, String> firstNames(Collection<PersonId> ids) {
		return ids.isEmpty() ? Map.of() : this.people.firstNames(ids);
	}

	/**
	 * The ids of a programme's members of one kind and status, in name order: ids only,
	 * for modules that list a part of a programme page by page (a coordinator's
	 * follow-up) and read the names of one page with {@link #names}.
	 */
	public List<PersonId> memberIds(PersonKind kind, ProgrammeId programme, PersonStatus status) {
		return this.people.memberIds(kind, programme, status);
	}

	public PersonPage page(PersonQuery query) {
		return this.people.page(query);
	}

	/** People of one kind who have this phone number or e-mail address. */
	public List<PersonId> findByContact(PersonKind kind, @Nullable PhoneNumber phone, @Nullable String email) {
		return this.people.findByContact(kind, phone, email);
	}

	/**
	 * Saves a new profile against the version the editor saw.
	 * @throws OptimisticLockingFailureException if someone changed the person since
	 * @throws SafeguardingRuleBroken if the profile breaks a safeguarding rule
	 */
	@Transactional
	public Person change(PersonId id, int version, Profile profile) {
		Person before = get(id);
		checkProfile(before.kind(), profile);
		if (!this.people.update(id, version, profile)) {
			throw new OptimisticLockingFailureException("Person " + id + " changed since version " + version);
		}
		return get(id);
	}

	/**
	 * Lets a person take part: matching and sessions may now use them.
	 * @throws SafeguardingRuleBroken {@code GuardianConsentRequired} for a mentor under
	 * 18 without a guardian's consent to take part
	 */
	@Transactional
	public Person activate(PersonId id) {
		Person person = get(id);
		Safeguarding.guardianConsentBeforeActivatingAMinor(person, this.consents.of(id), today());
		this.people.setStatus(id, PersonStatus.ACTIVE);
		return get(id);
	}

	@Transactional
	public Person deactivate(PersonId id) {
		get(id);
		this.people.setStatus(id, PersonStatus.INACTIVE);
		return get(id);
	}

	/**
	 * Records whether the person has a partner now, for the lists of who is matched and
	 * who still waits. Matching calls it when a pair is approved or ends; it is not an
	 * edit of the profile, so it leaves the version alone and never makes a coordinator's
	 * open edit stale.
	 * @throws PersonNotFound if the organisation has no such person
	 */
	@Transactional
	public void recordMatched(PersonId id, boolean matched) {
		if (!this.people.setMatched(id, matched)) {
			throw new PersonNotFound(id);
		}
	}

	/**
	 * Whether Tandem treats the person as possibly under 18 (see {@link Safeguarding}).
	 */
	public boolean possiblyMinor(Person person) {
		return Safeguarding.possiblyMinor(person.profile().yearOfBirth(), today());
	}

	public List<Consent> consents(PersonId id) {
		get(id);
		return this.consents.of(id);
	}

	/**
	 * Records a consent given on paper, verbally or in a form.
	 * @throws ProfileRejected if a guardian's consent names no guardian
	 */
	@Transactional
	public Consent recordConsent(PersonId id, ConsentPurpose purpose, ConsentGiver givenBy,
			@Nullable String guardianName, ConsentMethod method) {
		get(id);
		String guardian = (guardianName == null || guardianName.isBlank()) ? null : guardianName.strip();
		if (givenBy == ConsentGiver.GUARDIAN && guardian == null) {
			throw new ProfileRejected("guardianName", "GuardianNameRequired");
		}
		Consent consent = new Consent(UUID.randomUUID(), id, purpose, givenBy,
				(givenBy == ConsentGiver.GUARDIAN) ? guardian : null, method, now(), null);
		this.consents.insert(consent, signedInUserId());
		return consent;
	}

	/**
	 * Withdraws a consent. Withdrawing consent to take part makes an active person
	 * inactive at once.
	 * @throws ConsentNotFound if the current organisation has no such consent
	 */
	@Transactional
	public Consent withdrawConsent(UUID consentId) {
		return withdraw(this.consents.find(consentId).orElseThrow(() -> new ConsentNotFound(consentId)));
	}

	/**
	 * Withdraws one of a person's consents, as {@link #withdrawConsent(UUID)} does.
	 * @throws ConsentNotFound if the person has no such consent
	 */
	@Transactional
	public Consent withdrawConsent(PersonId person, UUID consentId) {
		return withdraw(this.consents.find(consentId)
			.filter((consent) -> consent.person().equals(person))
			.orElseThrow(() -> new ConsentNotFound(consentId)));
	}

	private Consent withdraw(Consent consent) {
		UUID consentId = consent.id();
		if (this.consents.withdraw(consent, now(), signedInUserId())
				&& consent.purpose() == ConsentPurpose.PARTICIPATION
				&& get(consent.person()).status() == PersonStatus.ACTIVE) {
			this.people.setStatus(consent.person(), PersonStatus.INACTIVE);
		}
		return this.consents.find(consentId).orElseThrow();
	}

	/**
	 * Makes a single-use link for a guardian to consent for a minor mentor.
	 * @throws SafeguardingRuleBroken {@code GuardianOnlyForMinors} if the person is an
	 * adult or a senior
	 */
	@Transactional
	public GuardianLink requestGuardianConsent(PersonId id, String guardianName, String guardianContact) {
		Person person = get(id);
		if (person.kind() != PersonKind.MENTOR || !possiblyMinor(person)) {
			throw new SafeguardingRuleBroken("person", "GuardianOnlyForMinors");
		}
		String token = Sha256.newSecret();
		Instant expiresAt = now().plus(GUARDIAN_LINK_VALIDITY);
		this.consents.insertGuardianRequest(UUID.randomUUID(), id, Sha256.hex(token), guardianName.strip(),
				guardianContact.strip(), now(), expiresAt);
		return new GuardianLink("/consent/guardian/" + token, expiresAt);
	}

	/**
	 * What a guardian's link asks, for the page the guardian sees. Needs no signed-in
	 * user.
	 * @throws GuardianLinkUnusable if the link is unknown, expired or used
	 */
	public GuardianRequest guardianRequest(String token) {
		ConsentRepository.GuardianRequestRow request = openRequest(token);
		return this.tenancy.callAs(new OrganisationId(request.organisationId()),
				() -> new GuardianRequest(get(request.person()).profile().firstName(),
						this.organisations.current().name(), request.guardianName()));
	}

	/**
	 * A guardian consents through their link, for participation and whichever other
	 * purposes they tick. The link cannot be used again.
	 * @throws GuardianLinkUnusable if the link is unknown, expired or already used
	 */
	@Transactional
	public void giveGuardianConsent(String token, String guardianName, Set<ConsentPurpose> purposes) {
		ConsentRepository.GuardianRequestRow request = openRequest(token);
		this.tenancy.runAs(new OrganisationId(request.organisationId()), () -> {
			if (!this.consents.markUsed(request.id(), now())) {
				throw new GuardianLinkUnusable();
			}
			String name = guardianName.isBlank() ? request.guardianName() : guardianName.strip();
			for (ConsentPurpose purpose : purposes) {
				this.consents.insert(new Consent(UUID.randomUUID(), request.person(), purpose, ConsentGiver.GUARDIAN,
						name, ConsentMethod.SIGNED_LINK, now(), null), null);
			}
		});
	}

	public List<BackgroundCheck> backgroundChecks(PersonId id) {
		get(id);
		return this.checks.of(id);
	}

	/**
	 * Records an adult mentor's background check.
	 * @throws SafeguardingRuleBroken {@code ChecksAreForAdultMentors} for seniors and
	 * minors
	 */
	@Transactional
	public BackgroundCheck recordBackgroundCheck(PersonId id, LocalDate checkedOn, LocalDate expiresOn,
			String reference) {
		Person person = get(id);
		if (person.kind() != PersonKind.MENTOR || possiblyMinor(person)) {
			throw new SafeguardingRuleBroken("person", "ChecksAreForAdultMentors");
		}
		BackgroundCheck check = new BackgroundCheck(UUID.randomUUID(), id, checkedOn, expiresOn, reference);
		this.checks.insert(check, signedInUserId(), now());
		return check;
	}

	/**
	 * Whether the person may take part in home visits today: a senior who wants them, or
	 * an adult mentor who is willing and has a background check valid today.
	 */
	public boolean homeVisitsPermitted(PersonId id) {
		Person person = get(id);
		return Safeguarding.homeVisitsPermitted(person, this.checks.of(id), today());
	}

	/**
	 * Every active mentor and senior of a programme as matching needs them, consents and
	 * safeguarding worked out as of today, read in bulk: one query per table for the
	 * whole programme, so that a national programme loads in seconds. Matching reads
	 * people only through this, never the people tables.
	 */
	public List<PersonForMatching> forMatching(ProgrammeId programme) {
		return this.people.forMatching(programme, today());
	}

	/**
	 * A few of a programme's people as matching needs them, the same as
	 * {@link #forMatching(ProgrammeId)} gives for everyone: what matching one newcomer
	 * reads. Ids of people who are not active members of the programme are left out.
	 */
	public List<PersonForMatching> forMatching(ProgrammeId programme, Collection<PersonId> people) {
		return this.people.forMatching(programme, people, today());
	}

	/**
	 * The active mentors of a programme who name one of the venues among their preferred
	 * venues, or whose postal town is one of the towns in any letter case, as
	 * {@link #forMatching(ProgrammeId)} gives them: a superset of everyone matching could
	 * pair with a senior who meets at those venues or lives in those towns, read by index
	 * with one query per table. What was read is kept and brought up to date with the
	 * organisation's mentor changes (asked of the database on every call, so changes made
	 * through any instance count), so that the next newcomer of a big town does not read
	 * its thousands of mentors again.
	 */
	public List<PersonForMatching> mentorsForMatchingNear(ProgrammeId programme, Collection<VenueId> venues,
			Collection<String> towns) {
		return this.nearby.near(programme, venues, towns, today());
	}

	private ConsentRepository.GuardianRequestRow openRequest(String token) {
		if (token.isBlank() || token.length() > 100) {
			throw new GuardianLinkUnusable();
		}
		return this.consents.findOpenRequest(Sha256.hex(token), now()).orElseThrow(GuardianLinkUnusable::new);
	}

	private void checkProfile(PersonKind kind, Profile profile) {
		registrationRules(kind).accept(profile);
	}

	/**
	 * Checks that every topic, venue and programme a profile names exists; each id is
	 * asked once.
	 */
	private final class References {

		private final Set<Object> known = new HashSet<>();

		void check(Profile profile) {
			for (TopicWish wish : profile.topics()) {
				if (!this.known.contains(wish.topic()) && !People.this.curriculum.exists(wish.topic())) {
					throw new ProfileRejected("topicIds", "UnknownTopic");
				}
				this.known.add(wish.topic());
			}
			for (VenueId venue : profile.venues()) {
				if (!this.known.contains(venue) && People.this.venues.find(venue).isEmpty()) {
					throw new ProfileRejected("venues", "UnknownVenue");
				}
				this.known.add(venue);
			}
			for (ProgrammeId programme : profile.programmes()) {
				if (!this.known.contains(programme) && People.this.programmes.find(programme).isEmpty()) {
					throw new ProfileRejected("programmes", "UnknownProgramme");
				}
				this.known.add(programme);
			}
		}

	}

	private static void checkProfile(PersonKind kind, Profile profile, LocalDate today) {
		Safeguarding.mentorsAreAtLeastThirteen(kind, profile, today);
		Safeguarding.noHomeVisitsForMinors(kind, profile, today);
	}

	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.organisations.current().timeZone());
	}

	private @Nullable UUID signedInUserId() {
		return this.tenancy.signedInUser().map(CurrentUser::userId).orElse(null);
	}

}
