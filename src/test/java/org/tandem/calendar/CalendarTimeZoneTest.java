package org.tandem.calendar;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The VTIMEZONE a feed carries says what Java's time zone data says: read back by ical4j
 * as a calendar app would, it gives every moment of the coming years the offset Java
 * gives it, on both sides of every change to and from summer time.
 */
class CalendarTimeZoneTest {

	static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	@ParameterizedTest
	@ValueSource(strings = { "Europe/Stockholm", "Europe/Helsinki", "Europe/London", "Atlantic/Reykjavik",
			"America/New_York", "America/Sao_Paulo", "Australia/Sydney", "Pacific/Auckland", "Asia/Tokyo",
			"Asia/Tehran", "America/Santiago", "Pacific/Chatham" })
	void givesEveryMomentTheOffsetJavaGivesIt(String id) throws Exception {
		ZoneId zone = ZoneId.of(id);
		VTimeZone written = TimeZoneDefinition.of(zone, NOW);
		ZoneRules read = readBack(written, id);

		assertThat(written.getProperty(Property.TZID).map(Property::getValue)).contains(id);
		for (Instant moment : moments(zone)) {
			assertThat(read.getOffset(moment)).as("offset of %s at %s", id, moment.atZone(zone))
				.isEqualTo(zone.getRules().getOffset(moment));
		}
	}

	/** Every six hours for three years, and a minute either side of each change. */
	static List<Instant> moments(ZoneId zone) {
		List<Instant> moments = new ArrayList<>();
		Instant end = NOW.plus(Duration.ofDays(3 * 365));
		for (Instant moment = NOW; moment.isBefore(end); moment = moment.plus(Duration.ofHours(6))) {
			moments.add(moment);
		}
		ZoneOffsetTransition change = zone.getRules().nextTransition(NOW);
		while (change != null && change.getInstant().isBefore(end)) {
			moments.add(change.getInstant().minusSeconds(60));
			moments.add(change.getInstant());
			moments.add(change.getInstant().plusSeconds(60));
			change = zone.getRules().nextTransition(change.getInstant());
		}
		return moments;
	}

	/**
	 * The rules ical4j reads from the definition, written out and parsed again: the rules
	 * by which it turns a DTSTART with this TZID into a moment. (Not ical4j's
	 * {@code TimeZone.getOffset(long)}, which takes the moment for a local time in the
	 * JVM's own zone and errs by hours around every change, whatever the definition.)
	 */
	static ZoneRules readBack(VTimeZone written, String tzid) throws IOException, ParserException, ValidationException {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Tandem//Test//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(written);
		StringWriter text = new StringWriter();
		new CalendarOutputter(true).output(calendar, text);
		CalendarBuilder builder = new CalendarBuilder();
		Calendar parsed = builder.build(new StringReader(text.toString()));
		assertThat(parsed.getComponents(Component.VTIMEZONE)).hasSize(1);
		return builder.getRegistry().getZoneId(tzid).getRules();
	}

}
