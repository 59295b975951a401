package org.tandem.system;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WeeklyTimesTest {

	static TimeWindow window(DayOfWeek day, String start, String end) {
		return new TimeWindow(day, LocalTime.parse(start), LocalTime.parse(end));
	}

	@Test
	void aWindowEndsAfterItStarts() {
		assertThatIllegalArgumentException().isThrownBy(() -> window(DayOfWeek.MONDAY, "14:00", "14:00"));
	}

	@Test
	void mergesOverlappingAndTouchingWindowsOfTheSameDay() {
		WeeklyTimes times = WeeklyTimes.of(window(DayOfWeek.TUESDAY, "15:00", "17:00"),
				window(DayOfWeek.TUESDAY, "13:00", "15:00"), window(DayOfWeek.MONDAY, "10:00", "11:00"),
				window(DayOfWeek.TUESDAY, "16:00", "16:30"));

		assertThat(times.windows()).containsExactly(window(DayOfWeek.MONDAY, "10:00", "11:00"),
				window(DayOfWeek.TUESDAY, "13:00", "17:00"));
	}

	@Test
	void findsTheLongestStretchTwoScheduleShare() {
		WeeklyTimes senior = WeeklyTimes.of(window(DayOfWeek.TUESDAY, "14:00", "16:00"),
				window(DayOfWeek.THURSDAY, "09:00", "12:00"));
		WeeklyTimes mentor = WeeklyTimes.of(window(DayOfWeek.TUESDAY, "15:00", "18:00"),
				window(DayOfWeek.THURSDAY, "10:00", "10:30"), window(DayOfWeek.FRIDAY, "09:00", "12:00"));

		assertThat(senior.longestSharedStretch(mentor)).isEqualTo(Duration.ofHours(1));
		assertThat(senior.totalShared(mentor)).isEqualTo(Duration.ofMinutes(90));
		assertThat(senior.longestSharedStretch(WeeklyTimes.NONE)).isZero();
	}

}
