package org.tandem.progress;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.tandem.curriculum.Curriculum;
import org.tandem.curriculum.Step;
import org.tandem.logbook.Attendance;
import org.tandem.logbook.LearningLevel;
import org.tandem.logbook.Logbook;
import org.tandem.logbook.StepReached;
import org.tandem.matching.PairId;
import org.tandem.matching.Pairs;
import org.tandem.organisations.Organisations;
import org.tandem.organisations.TestOrganisations;
import org.tandem.people.LanguageCode;
import org.tandem.people.People;
import org.tandem.people.PersonId;
import org.tandem.programmes.Programmes;
import org.tandem.sessions.OccurrenceId;
import org.tandem.sessions.PlannableProgramme;
import org.tandem.sessions.Sessions;
import org.tandem.testing.MutableClock;
import org.tandem.testing.TandemTest;
import org.tandem.venues.Venues;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The passport card read back from its PDF: A4, in the senior's language (Swedish, else
 * English, else the organisation's), with the organisation, the date, the topics, steps
 * and levels in words, and every piece of text set at 16 pt or more. The sizes are read
 * from the page content streams: every font selection ({@code Tf}) and every text matrix
 * ({@code Tm}, which could scale text down) is checked, and so is the absence of a
 * scaling transform ({@code cm}) while text is drawn.
 */
@TandemTest
class PassportCardTest {

	static final Pattern FONT_SIZE = Pattern.compile("/\\S+ ([0-9.]+) Tf");

	static final Pattern TEXT_MATRIX = Pattern
		.compile("([-0-9.]+) ([-0-9.]+) ([-0-9.]+) ([-0-9.]+) [-0-9.]+ [-0-9.]+ Tm");

	static final Pattern TEXT_OBJECT = Pattern.compile("BT(.*?)ET", Pattern.DOTALL);

	@Autowired
	TestOrganisations testOrganisations;

	@Autowired
	Organisations organisations;

	@Autowired
	Programmes programmes;

	@Autowired
	Venues venues;

	@Autowired
	People people;

	@Autowired
	Pairs pairs;

	@Autowired
	Sessions sessions;

	@Autowired
	Logbook logbook;

	@Autowired
	Curriculum curriculum;

	@Autowired
	MutableClock clock;

	@Autowired
	PassportCards cards;

	LoggedSessions logged;

	PersonId senior;

	Step send;

	@BeforeEach
	void aSeniorWhoLearnedToSendMoney() {
		PlannableProgramme programme = PlannableProgramme.in(this.testOrganisations.create("Arvidsjaur"),
				this.organisations, this.programmes, this.venues, this.people, this.pairs,
				PlannableProgramme.around(this.clock));
		this.logged = new LoggedSessions(programme, this.sessions, this.logbook, this.curriculum, this.people,
				this.clock);
		PersonId mentor = programme.mentor("Ali", "Lindqvist");
		this.senior = programme.senior("Åsa", "Öberg");
		PairId pair = programme.pair(this.senior, mentor);
		this.send = this.logged.step("swish", 1);
		this.logged.wants(this.senior, this.send.topicId(), this.logged.topic("bankid").id());
		OccurrenceId held = this.logged.held(pair, this.logged.tuesday(0), LocalTime.of(14, 0));
		this.logged.log(held, 0,
				LoggedSessions.report(Map.of(mentor, Attendance.PRESENT, this.senior, Attendance.PRESENT), 60, Set.of(),
						List.of(new StepReached(this.senior, this.send.id(), LearningLevel.WITH_HELP))));
	}

	@Test
	void aSwedishSpeakerGetsASwedishCardInLargePrint() throws IOException {
		PassportCard card = card();

		assertThat(card.language()).isEqualTo(Locale.forLanguageTag("sv"));
		String text = text(card.pdf());
		assertThat(text).contains("Lärandepass", "Åsa Öberg", this.logged.programme.organisation.organisation().name(),
				"Utskrivet " + today("sv"), this.logged.topic("swish").name().sv(), this.send.title().sv(), "Med hjälp",
				"Inte ännu", this.logged.topic("bankid").name().sv(), "Nivå");
		assertThat(text).doesNotContain("With help", "Learning passport");
		assertLargePrint(card.pdf());
	}

	@Test
	void anEnglishSpeakerWhoDoesNotSpeakSwedishGetsAnEnglishCard() throws IOException {
		this.logged.speaks(this.senior, List.of(new LanguageCode("ar"), new LanguageCode("en")));

		PassportCard card = card();

		assertThat(card.language()).isEqualTo(Locale.ENGLISH);
		String text = text(card.pdf());
		assertThat(text).contains("Learning passport", "Åsa Öberg", "Printed " + today("en"),
				this.logged.topic("swish").name().en(), this.send.title().en(), "With help", "Not yet", "Level");
		assertThat(text).doesNotContain("Med hjälp", "Lärandepass");
		assertLargePrint(card.pdf());
	}

	@Test
	void someoneWhoSpeaksNeitherGetsTheOrganisationsLanguage() throws IOException {
		this.logged.speaks(this.senior, List.of(new LanguageCode("ar")));

		PassportCard card = card();

		assertThat(card.language()).isEqualTo(Locale.forLanguageTag("sv"));
		assertThat(text(card.pdf())).contains("Lärandepass", "Med hjälp");
	}

	PassportCard card() {
		return this.logged.programme.as(() -> this.cards.card(this.senior));
	}

	String today(String language) {
		return LocalDate.ofInstant(this.clock.instant(), LoggedSessions.STOCKHOLM)
			.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag(language)));
	}

	static String text(byte[] pdf) throws IOException {
		PdfReader reader = new PdfReader(pdf);
		try {
			PdfTextExtractor extractor = new PdfTextExtractor(reader);
			StringBuilder text = new StringBuilder();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				text.append(extractor.getTextFromPage(page)).append('\n');
			}
			// Long step titles wrap in their table cells.
			return text.toString().replaceAll("\\s+", " ");
		}
		finally {
			reader.close();
		}
	}

	/** A4, and every text at 16 pt or more with headings larger. */
	static void assertLargePrint(byte[] pdf) throws IOException {
		PdfReader reader = new PdfReader(pdf);
		try {
			List<Float> sizes = new ArrayList<>();
			for (int page = 1; page <= reader.getNumberOfPages(); page++) {
				assertThat(reader.getPageSize(page).getWidth()).isEqualTo(595f);
				assertThat(reader.getPageSize(page).getHeight()).isEqualTo(842f);
				String content = new String(reader.getPageContent(page), StandardCharsets.ISO_8859_1);
				Matcher textObject = TEXT_OBJECT.matcher(content);
				while (textObject.find()) {
					String inside = textObject.group(1);
					assertThat(inside).as("no transform inside a text object").doesNotContain(" cm");
					Matcher size = FONT_SIZE.matcher(inside);
					while (size.find()) {
						sizes.add(Float.parseFloat(size.group(1)));
					}
					Matcher matrix = TEXT_MATRIX.matcher(inside);
					while (matrix.find()) {
						assertThat(List.of(matrix.group(1), matrix.group(2), matrix.group(3), matrix.group(4)))
							.as("text matrix does not scale")
							.containsExactly("1", "0", "0", "1");
					}
				}
			}
			assertThat(sizes).as("font sizes")
				.isNotEmpty()
				.allSatisfy((size) -> assertThat(size).isGreaterThanOrEqualTo(16f));
			assertThat(sizes).as("headings are larger")
				.anySatisfy((size) -> assertThat(size).isGreaterThanOrEqualTo(22f));
		}
		finally {
			reader.close();
		}
	}

}
