package org.tandem.signup.web;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.tandem.curriculum.TopicId;
import org.tandem.people.ContactChannel;
import org.tandem.people.Gender;
import org.tandem.people.LanguageCode;
import org.tandem.people.PhoneNumber;
import org.tandem.people.Profile;
import org.tandem.people.TopicWish;
import org.tandem.programmes.ProgrammeId;
import org.tandem.system.WeeklyTimes;

/**
 * The public form, for seniors and young people alike; a few fields only apply to one.
 * Short on purpose: the coordinator completes the profile when they call back.
 *
 * @param firstName given name
 * @param lastName family name
 * @param yearOfBirth year of birth
 * @param phone as written
 * @param email e-mail address
 * @param contactChannel SMS, PHONE or EMAIL
 * @param firstLanguage the language the person speaks best
 * @param topicIds topics a senior wants help with, most important first
 * @param school a pupil's school
 * @param schoolClass a pupil's class
 * @param onBehalf a relative fills in the form for the senior
 * @param helperName the relative's name
 * @param helperPhone the relative's phone
 * @param guardianName a minor's guardian
 * @param guardianContact the guardian's phone or e-mail
 * @param consent the person consents to taking part and to Tandem keeping these details
 * @param website left empty by people; bots fill it in
 * @param ticket the signed ticket the form was shown with
 */
record SignupForm(@NotBlank @Size(max = 100) String firstName, @NotBlank @Size(max = 100) String lastName,
		@NotNull @Min(1900) @Max(2100) @Nullable Integer yearOfBirth, @Size(max = 40) @Nullable String phone,
		@Email @Size(max = 320) @Nullable String email, @NotNull @Nullable ContactChannel contactChannel,
		@NotBlank String firstLanguage, @Nullable List<UUID> topicIds, @Size(max = 200) @Nullable String school,
		@Size(max = 50) @Nullable String schoolClass, @Nullable Boolean onBehalf,
		@Size(max = 200) @Nullable String helperName, @Size(max = 40) @Nullable String helperPhone,
		@Size(max = 200) @Nullable String guardianName, @Size(max = 320) @Nullable String guardianContact,
		@Nullable Boolean consent, @Nullable String website, @Nullable String ticket) {

	static SignupForm empty(String ticket) {
		return new SignupForm("", "", null, "", "", ContactChannel.SMS, "sv", List.of(), "", "", false, "", "", "", "",
				false, "", ticket);
	}

	boolean minor() {
		return this.yearOfBirth != null && Year.now().getValue() - this.yearOfBirth <= 18;
	}

	/**
	 * The profile to register. Fields that need each other are checked here and named in
	 * {@code problems} as field and message key, so the form can show them all at once.
	 */
	@Nullable Profile toProfile(boolean mentor, ProgrammeId programme, List<String[]> problems) {
		PhoneNumber parsedPhone = null;
		if (this.phone != null && !this.phone.isBlank()) {
			if (PhoneNumber.isValid(this.phone)) {
				parsedPhone = PhoneNumber.parse(this.phone);
			}
			else {
				problems.add(new String[] { "phone", "people.phone.invalid" });
			}
		}
		if (!LanguageCode.isValid(this.firstLanguage)) {
			problems.add(new String[] { "firstLanguage", "people.language.invalid" });
		}
		if (mentor && minor() && (blank(this.guardianName) || blank(this.guardianContact))) {
			problems.add(new String[] { "guardianName", "signup.guardian.required" });
		}
		if (!mentor && Boolean.TRUE.equals(this.onBehalf) && blank(this.helperName)) {
			problems.add(new String[] { "helperName", "signup.helper.required" });
		}
		if (!Boolean.TRUE.equals(this.onBehalf) && !(mentor && minor()) && !Boolean.TRUE.equals(this.consent)) {
			problems.add(new String[] { "consent", "signup.consent.required" });
		}
		if (!problems.isEmpty() || this.yearOfBirth == null || this.contactChannel == null) {
			return null;
		}
		List<TopicWish> topics = new ArrayList<>();
		if (this.topicIds != null) {
			for (UUID topic : this.topicIds) {
				topics.add(new TopicWish(new TopicId(topic), Math.min(5, topics.size() + 1)));
			}
		}
		return new Profile(this.firstName, this.lastName, this.yearOfBirth, Gender.NOT_STATED, parsedPhone,
				blank(this.email) ? null : this.email, null, this.contactChannel,
				List.of(new LanguageCode(this.firstLanguage)), Set.of(), topics, WeeklyTimes.NONE, Set.of(), false,
				Set.of(), Set.of(programme), mentor ? this.school : null, mentor ? this.schoolClass : null,
				mentor ? 2 : 1, null, note(mentor));
	}

	private @Nullable String note(boolean mentor) {
		if (mentor && minor()) {
			return "Vårdnadshavare / guardian: " + this.guardianName + ", " + this.guardianContact;
		}
		if (!mentor && Boolean.TRUE.equals(this.onBehalf)) {
			return "Anmäld av anhörig / signed up by a relative: " + this.helperName
					+ (blank(this.helperPhone) ? "" : ", " + this.helperPhone);
		}
		return null;
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}
