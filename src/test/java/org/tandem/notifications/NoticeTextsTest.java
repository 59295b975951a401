package org.tandem.notifications;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What e-mails and text messages about a session say, in Swedish and English: dates in
 * words, times the language's way, the place and who else comes, and text messages that
 * fit in two SMS segments whatever the session is called.
 */
class NoticeTextsTest {

	static final Locale SWEDISH = Notices.SWEDISH;

	final NoticeTexts texts = new NoticeTexts(bundles());

	static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
		bundles.setBasenames("messages/notifications");
		bundles.setDefaultEncoding("UTF-8");
		bundles.setFallbackToSystemLocale(false);
		return bundles;
	}

	@Test
	void aSwedishReminderBySmsSaysTheDayInWordsTheTimeThePlaceAndWhoComes() {
		assertThat(this.texts.sms(Notices.atTheLibrary(MessageKind.REMINDER), SWEDISH))
			.isEqualTo("Påminnelse: Tandem tisdag 1 december kl. 14.00-15.00, Kåge bibliotek, Kåge byväg 20, Rum 2. "
					+ "Med Amir. Hälsningar Skellefteå kommun. Svara inte på detta sms.");
	}

	@Test
	void anEnglishReminderBySmsSaysTheSameInEnglish() {
		assertThat(this.texts.sms(Notices.atTheLibrary(MessageKind.REMINDER), Locale.ENGLISH))
			.isEqualTo("Reminder: Tandem, Tuesday 1 December 14:00-15:00, Kåge bibliotek, Kåge byväg 20, Rum 2. "
					+ "With Amir. From Skellefteå kommun. Do not reply to this text.");
	}

	@Test
	void aSwedishReminderByEmailHasASubjectAndAPlainTextBody() {
		SessionNotice notice = Notices.atTheLibrary(MessageKind.REMINDER);

		assertThat(this.texts.subject(notice, SWEDISH)).isEqualTo("Påminnelse: Tandem tisdag 1 december kl. 14.00");
		assertThat(this.texts.email(notice, SWEDISH)).isEqualTo("""
				Hej!

				Här kommer en påminnelse om din träff.

				Vad: Tandem
				När: tisdag 1 december 2026 kl. 14.00–15.00
				Var: Kåge bibliotek, Kåge byväg 20, Rum 2
				Med: Amir

				Om du inte kan komma, hör gärna av dig till oss.

				Vänliga hälsningar
				Skellefteå kommun

				Tandem skickade det här meddelandet automatiskt. Svara inte på det.
				""");
	}

	@Test
	void anEnglishConfirmationByEmailIsInEnglishThroughout() {
		SessionNotice notice = Notices.atTheLibrary(MessageKind.CONFIRMATION);

		assertThat(this.texts.subject(notice, Locale.ENGLISH)).isEqualTo("Booked: Tandem, Tuesday 1 December at 14:00");
		assertThat(this.texts.email(notice, Locale.ENGLISH)).contains("Hello,", "Your session is booked.",
				"When: Tuesday 1 December 2026, 14:00–15:00", "Where: Kåge bibliotek, Kåge byväg 20, Rum 2",
				"With: Amir", "Best wishes,\nSkellefteå kommun");
	}

	@Test
	void aChangeSaysWhenTheSessionWasBefore() {
		SessionNotice notice = Notices.atTheLibrary(MessageKind.CHANGE);

		assertThat(this.texts.sms(notice, SWEDISH)).startsWith(
				"Ny tid: Tandem flyttas från måndag 30 november kl. 13.00 till tisdag 1 december kl. 14.00-15.00, ");
		assertThat(this.texts.email(notice, Locale.ENGLISH)).contains("Your session has a new time.",
				"When: Tuesday 1 December 2026, 14:00–15:00", "Before the change: Monday 30 November 2026, 13:00");
	}

	@Test
	void aCancellationSaysTheSessionWillNotTakePlace() {
		SessionNotice notice = Notices.atTheLibrary(MessageKind.CANCELLATION);

		assertThat(this.texts.sms(notice, SWEDISH))
			.startsWith("Inställt: Tandem tisdag 1 december kl. 14.00-15.00, Kåge bibliotek, Kåge byväg 20, Rum 2, "
					+ "blir inte av.");
		assertThat(this.texts.subject(notice, Locale.ENGLISH))
			.isEqualTo("Cancelled: Tandem, Tuesday 1 December at 14:00");
	}

	@Test
	void anOnlineSessionGivesItsLinkAndNamesEveryoneElse() {
		SessionNotice notice = Notices.online(MessageKind.REMINDER);

		assertThat(this.texts.sms(notice, SWEDISH)).contains("på nätet, https://meet.example.se/tandem-42.",
				"Med Amir och Sara.");
		assertThat(this.texts.email(notice, Locale.ENGLISH))
			.contains("Where: online, https://meet.example.se/tandem-42", "With: Amir and Sara");
	}

	@ParameterizedTest
	@EnumSource(MessageKind.class)
	void textMessagesStayInTheGsmAlphabetAndOneOrTwoSegments(MessageKind kind) {
		for (Locale locale : List.of(SWEDISH, Locale.ENGLISH)) {
			String sms = this.texts.sms(Notices.atTheLibrary(kind), locale);

			assertThat(SmsLength.gsm(sms)).as(sms).isTrue();
			assertThat(SmsLength.segments(sms)).as(sms).isLessThanOrEqualTo(SmsLength.MAX_SEGMENTS);
		}
	}

	@Test
	void aLongSessionLeavesOutDetailsToStayWithinTwoSegmentsButKeepsWhenAndWhere() {
		SessionNotice notice = new SessionNotice(MessageKind.CHANGE,
				"Digital vardag för seniorer: BankID, Swish, 1177, Kivra och att känna igen bedrägerier i telefon och "
						+ "på nätet",
				Notices.START, Notices.END, Notices.START.minusDays(7),
				SessionPlace.atVenue("Skellefteå stadsbibliotek, Campus Skellefteå", "Kanalgatan 50, 931 85 Skellefteå",
						"Stora mötesrummet på andra våningen"),
				List.of("Amir", "Sara", "Johanna", "Mohammed", "Elsa", "Noah", "Wilma"), "Skellefteå kommun");

		String sms = this.texts.sms(notice, SWEDISH);

		assertThat(SmsLength.segments(sms)).as(sms).isLessThanOrEqualTo(2);
		assertThat(sms).contains("tisdag 1 december kl. 14.00-15.00", "Skellefteå stadsbibliotek")
			.doesNotContain("Kanalgatan", "Wilma");
	}

	@Test
	void namesOutsideTheGsmAlphabetMakeAShorterMessageThatStillFits() {
		SessionNotice notice = new SessionNotice(MessageKind.REMINDER, "Tandem", Notices.START, Notices.END, null,
				SessionPlace.atVenue("Kåge bibliotek", "Kåge byväg 20", "Rum 2"), List.of("Zoë", "Şükrü"),
				"Skellefteå kommun");

		String sms = this.texts.sms(notice, SWEDISH);

		assertThat(SmsLength.gsm(this.texts.sms(notice, SWEDISH))).isFalse();
		assertThat(SmsLength.segments(sms)).as(sms).isLessThanOrEqualTo(2);
		assertThat(sms).contains("Zoë och Şükrü");
	}

	@Test
	void anyOtherLanguageGetsEnglish() {
		OutgoingMessage german = new OutgoingMessage(Notices.someone(), Channel.SMS, "+46701234567", Locale.GERMAN,
				Notices.atTheLibrary(MessageKind.REMINDER), "key", Notices.START.toInstant());

		RenderedText text = this.texts.render(german);

		assertThat(text.locale()).isEqualTo(Locale.ENGLISH);
		assertThat(text.body()).startsWith("Reminder: Tandem, Tuesday 1 December");
		assertThat(text.subject()).isNull();
		assertThat(text.toString()).doesNotContain("Tandem");
	}

	@Test
	void aHomeVisitSaysSoWithoutWritingOutAnAddress() {
		SessionNotice visit = new SessionNotice(MessageKind.CONFIRMATION, "Tandem", Notices.START, Notices.END, null,
				SessionPlace.atHome(), List.of("Amir"), "Skellefteå kommun");

		assertThat(this.texts.sms(visit, SWEDISH))
			.startsWith("Bokat: Tandem tisdag 1 december kl. 14.00-15.00, hembesök.");
		assertThat(this.texts.email(visit, Locale.ENGLISH)).contains("Where: a home visit\n");
	}

	@Test
	void aMessageIsAboutWhatItsNoticeSaysAndGoesOnlyToAPhoneNumberInE164Form() {
		OutgoingMessage change = new OutgoingMessage(Notices.someone(), Channel.SMS, " +46701234567 ", SWEDISH,
				Notices.atTheLibrary(MessageKind.CHANGE), "key", Notices.START.toInstant());

		assertThat(change.kind()).isEqualTo(MessageKind.CHANGE);
		assertThat(change.address()).isEqualTo("+46701234567");
		for (String notE164 : List.of("073-123 45 67", "+046731234567", "+4612", "46731234567")) {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> new OutgoingMessage(Notices.someone(), Channel.SMS, notE164, SWEDISH,
						Notices.atTheLibrary(MessageKind.REMINDER), "key", Notices.START.toInstant()))
				.withMessageNotContaining(notE164);
		}
	}

}
