package org.tandem.signup;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.curriculum.Curriculum;
import org.tandem.curriculum.Topic;
import org.tandem.organisations.Organisations;
import org.tandem.people.ConsentGiver;
import org.tandem.people.ConsentMethod;
import org.tandem.people.ConsentPurpose;
import org.tandem.people.People;
import org.tandem.people.Person;
import org.tandem.people.PersonKind;
import org.tandem.people.PersonSource;
import org.tandem.people.Profile;
import org.tandem.programmes.ProgrammeId;
import org.tandem.programmes.Programmes;
import org.tandem.system.OrganisationId;
import org.tandem.system.Tenancy;

/**
 * Sign-ups through a programme's public forms, by people who have no account. Each
 * sign-up acts for the organisation that runs the programme, and lands as a pending
 * mentor or senior with source SIGNUP.
 */
@Service
public class Signups {

	private final Programmes programmes;

	private final Organisations organisations;

	private final People people;

	private final Curriculum curriculum;

	private final SignupGuard guard;

	private final Tenancy tenancy;

	Signups(Programmes programmes, Organisations organisations, People people, Curriculum curriculum, SignupGuard guard,
			Tenancy tenancy) {
		this.programmes = programmes;
		this.organisations = organisations;
		this.people = people;
		this.curriculum = curriculum;
		this.guard = guard;
		this.tenancy = tenancy;
	}

	/**
	 * The programme a sign-up link is for.
	 * @throws SignupNotFound if there is no such programme
	 */
	public SignupOffer offer(ProgrammeId programme) {
		return this.tenancy.callAs(organisation(programme), () -> new SignupOffer(programme,
				this.programmes.get(programme).name(), this.organisations.current().name()));
	}

	/** The topics a senior can ask for, in the programme's organisation. */
	public List<Topic> topics(ProgrammeId programme) {
		return this.tenancy.callAs(organisation(programme), this.curriculum::topics);
	}

	/** A signed ticket for a form about to be shown. */
	public String ticket(ProgrammeId programme) {
		return this.guard.ticket(programme.toString());
	}

	/**
	 * Receives a sign-up. A form with the hidden field filled in (a bot) is answered as
	 * received and dropped. A person whose phone number or e-mail address is already
	 * known is not added twice, and the answer does not tell.
	 * @param consentGiven the person ticked that they consent to taking part (for a minor
	 * this is never enough: a guardian consents later)
	 * @param source the connection's address, only hashed
	 * @throws org.tandem.system.RuleViolated if the profile breaks a registry rule
	 */
	@Transactional
	public SignupOutcome signUp(ProgrammeId programme, PersonKind kind, Profile profile, boolean consentGiven,
			String ticket, @Nullable String honeypot, String source) {
		OrganisationId organisation = organisation(programme);
		if (!this.guard.ticketAccepted(programme.toString(), ticket)) {
			return SignupOutcome.FORM_EXPIRED;
		}
		return this.tenancy.callAs(organisation, () -> {
			if (!this.guard.withinLimit(source)) {
				return SignupOutcome.TOO_MANY;
			}
			if (honeypot != null && !honeypot.isBlank()) {
				return SignupOutcome.RECEIVED;
			}
			if (!this.people.findByContact(kind, profile.phone(), profile.email()).isEmpty()) {
				return SignupOutcome.RECEIVED;
			}
			Person person = this.people.register(kind, profile, PersonSource.SIGNUP);
			if (consentGiven && !this.people.possiblyMinor(person)) {
				this.people.recordConsent(person.id(), ConsentPurpose.PARTICIPATION, ConsentGiver.PERSON, null,
						ConsentMethod.ONLINE_FORM);
			}
			return SignupOutcome.RECEIVED;
		});
	}

	private OrganisationId organisation(ProgrammeId programme) {
		return this.programmes.organisationOf(programme).orElseThrow(() -> new SignupNotFound(programme));
	}

}
