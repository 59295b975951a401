package org.tandem.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * The VTIMEZONE of an organisation's time zone, made from the same rules as the times in
 * the feed (Java's time zone data), with the zone's own id as TZID. The definitions that
 * ical4j ships are not used: they name some zones by another zone they have been merged
 * with (Europe/Stockholm is given as TZID Europe/Berlin), which would leave the feed's
 * TZID=Europe/Stockholm without a definition, and they carry every rule since the 1890s.
 * Here the definition holds only the rules in force now: the yearly change to and from
 * summer time as RRULEs, which is what Outlook reads (Google and Apple go by the TZID).
 */
final class TimeZoneDefinition {

	/** Earliest onset written when a zone's current rules have no known beginning. */
	private static final LocalDateTime EPOCH = LocalDateTime.of(1970, 1, 1, 0, 0);

	private TimeZoneDefinition() {
	}

	static VTimeZone of(ZoneId zone, Instant now) {
		ZoneRules rules = zone.getRules();
		List<Observance> observances = new ArrayList<>();
		ZoneOffsetTransition lastChange = rules.previousTransition(now);
		List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
		if (yearly.isEmpty() || lastChange == null) {
			// No summer time (any more): one offset since the last change.
			ZoneOffset offset = rules.getOffset(now);
			Observance standard = new Standard();
			standard.add(new TzOffsetFrom((lastChange != null) ? lastChange.getOffsetBefore() : offset));
			standard.add(new TzOffsetTo(offset));
			standard.add(new DtStart<>((lastChange != null) ? lastChange.getDateTimeBefore() : EPOCH));
			observances.add(standard);
		}
		else {
			int firstYear = firstYearOfRules(rules);
			for (ZoneOffsetTransitionRule rule : yearly) {
				observances.add(observance(rule, rules, firstYear));
			}
		}
		return new VTimeZone(
				new PropertyList(List.of(new TzId(zone.getId()), new XProperty("X-LIC-LOCATION", zone.getId()))),
				new ComponentList<>(observances));
	}

	/**
	 * The first year in which the zone's yearly rules (rather than single changes) hold.
	 */
	private static int firstYearOfRules(ZoneRules rules) {
		List<ZoneOffsetTransition> history = rules.getTransitions();
		return history.isEmpty() ? EPOCH.getYear() : history.get(history.size() - 1).getDateTimeAfter().getYear() + 1;
	}

	private static Observance observance(ZoneOffsetTransitionRule rule, ZoneRules rules, int firstYear) {
		ZoneOffsetTransition first = rule.createTransition(firstYear);
		boolean summer = !rules.getStandardOffset(first.getInstant()).equals(first.getOffsetAfter());
		Observance observance = summer ? new Daylight() : new Standard();
		observance.add(new TzOffsetFrom(first.getOffsetBefore()));
		observance.add(new TzOffsetTo(first.getOffsetAfter()));
		// DTSTART and the rule are in local time before the change.
		LocalDateTime onset = first.getDateTimeBefore();
		observance.add(new DtStart<>(onset));
		observance.add(new RRule<>(yearlyRule(rule, onset)));
		return observance;
	}

	/**
	 * The rule as an RRULE in local time. A rule given in UTC or standard time can fall
	 * on another local day than the rule's own; {@code shift} carries that day over.
	 */
	private static Recur<LocalDateTime> yearlyRule(ZoneOffsetTransitionRule rule, LocalDateTime onset) {
		Month month = rule.getMonth();
		int indicator = rule.getDayOfMonthIndicator();
		DayOfWeek day = rule.getDayOfWeek();
		LocalDateTime ruleDay = rule.createTransition(onset.getYear()).getDateTimeBefore().truncatedTo(ChronoUnit.DAYS);
		int shift = (int) ChronoUnit.DAYS.between(ruleDate(rule, onset.getYear()), ruleDay.toLocalDate());
		Recur.Builder<LocalDateTime> recur = new Recur.Builder<LocalDateTime>().frequency(Frequency.YEARLY)
			.monthList(net.fortuna.ical4j.model.Month.from(month));
		if (day == null) {
			// A fixed date, for example 21 March.
			return recur.monthDayList(indicator + shift).build();
		}
		WeekDay weekDay = WeekDay.getWeekDay(day.plus(shift));
		if (shift == 0 && indicator > 0 && (indicator - 1) % 7 == 0) {
			// "Sunday on or after the 8th" is the second Sunday.
			return recur.dayList(new WeekDay(weekDay, (indicator - 1) / 7 + 1)).build();
		}
		if (shift == 0 && indicator > 0 && indicator + 6 == month.maxLength() && month != Month.FEBRUARY) {
			// "Sunday on or after the 25th" of March is its last Sunday.
			return recur.dayList(new WeekDay(weekDay, -1)).build();
		}
		if (shift == 0 && indicator == -1) {
			return recur.dayList(new WeekDay(weekDay, -1)).build();
		}
		// Otherwise: that weekday among the seven days that can hold it.
		List<Integer> days = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			days.add((indicator > 0) ? indicator + shift + i : indicator + shift - i);
		}
		return recur.dayList(weekDay).monthDayList(days).build();
	}

	/** The date of the rule's change in its own time definition, before any shift. */
	private static java.time.LocalDate ruleDate(ZoneOffsetTransitionRule rule, int year) {
		ZoneOffsetTransition transition = rule.createTransition(year);
		LocalDateTime local = switch (rule.getTimeDefinition()) {
			case UTC -> LocalDateTime.ofInstant(transition.getInstant(), ZoneOffset.UTC);
			case STANDARD -> LocalDateTime.ofInstant(transition.getInstant(), rule.getStandardOffset());
			case WALL -> transition.getDateTimeBefore();
		};
		return rule.isMidnightEndOfDay() ? local.toLocalDate().minusDays(1) : local.toLocalDate();
	}

}
