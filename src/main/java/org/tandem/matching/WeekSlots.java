package org.tandem.matching;

import org.tandem.system.TimeWindow;
import org.tandem.system.WeeklyTimes;

/**
 * A week as a bitmap of quarter hours, 7 × 96 bits in {@value #WORDS} longs, so that two
 * schedules are compared with a few AND and bit-count operations instead of walking their
 * windows. A window's start is rounded up and its end down to the quarter hour.
 * <p>
 * Whether three schedules share a stretch of {@code L} quarter hours is a question about
 * <em>starts</em>: the quarter hours at which each one has {@code L} free quarter hours
 * in a row on the same day. All three share such a stretch exactly when their start
 * bitmaps have a bit in common, so each schedule's starts are worked out once and a pair
 * check is a plain AND.
 */
final class WeekSlots {

	static final int SLOT_MINUTES = 15;

	static final int SLOTS_PER_DAY = 96;

	static final int WORDS = (7 * SLOTS_PER_DAY + 63) / 64;

	private WeekSlots() {
	}

	/** How many quarter hours a session of this many minutes needs. */
	static int slotsFor(int minutes) {
		return (minutes + SLOT_MINUTES - 1) / SLOT_MINUTES;
	}

	/** Every quarter hour the schedule covers, into {@code into} at {@code offset}. */
	static void slots(WeeklyTimes times, long[] into, int offset) {
		for (TimeWindow window : times.windows()) {
			int day = (window.day().getValue() - 1) * SLOTS_PER_DAY;
			for (int slot = first(window); slot < end(window); slot++) {
				set(into, offset, day + slot);
			}
		}
	}

	/**
	 * Every quarter hour at which the schedule has {@code length} quarter hours in a row,
	 * into {@code into} at {@code offset}. Windows are merged, so each run is one window.
	 */
	static void starts(WeeklyTimes times, int length, long[] into, int offset) {
		for (TimeWindow window : times.windows()) {
			int day = (window.day().getValue() - 1) * SLOTS_PER_DAY;
			for (int slot = first(window); slot + length <= end(window); slot++) {
				set(into, offset, day + slot);
			}
		}
	}

	static boolean meet(long[] a, int aOffset, long[] b, int bOffset) {
		for (int i = 0; i < WORDS; i++) {
			if ((a[aOffset + i] & b[bOffset + i]) != 0) {
				return true;
			}
		}
		return false;
	}

	static boolean meet(long[] a, int aOffset, long[] b, int bOffset, long[] c, int cOffset) {
		for (int i = 0; i < WORDS; i++) {
			if ((a[aOffset + i] & b[bOffset + i] & c[cOffset + i]) != 0) {
				return true;
			}
		}
		return false;
	}

	static int shared(long[] a, int aOffset, long[] b, int bOffset) {
		int count = 0;
		for (int i = 0; i < WORDS; i++) {
			count += Long.bitCount(a[aOffset + i] & b[bOffset + i]);
		}
		return count;
	}

	static boolean has(long[] bits, int offset, int slot) {
		return (bits[offset + (slot >>> 6)] & (1L << (slot & 63))) != 0;
	}

	/**
	 * The clock time at which quarter hour {@code slotOfDay} begins: "14:00", "24:00".
	 */
	static String clock(int slotOfDay) {
		return String.format(java.util.Locale.ROOT, "%02d:%02d", slotOfDay / 4, (slotOfDay % 4) * SLOT_MINUTES);
	}

	private static int first(TimeWindow window) {
		int minutes = window.start().getHour() * 60 + window.start().getMinute()
				+ ((window.start().getSecond() > 0 || window.start().getNano() > 0) ? 1 : 0);
		return (minutes + SLOT_MINUTES - 1) / SLOT_MINUTES;
	}

	private static int end(TimeWindow window) {
		java.time.LocalTime end = window.end();
		return (end.getHour() * 60 + end.getMinute()) / SLOT_MINUTES;
	}

	private static void set(long[] bits, int offset, int slot) {
		bits[offset + (slot >>> 6)] |= 1L << (slot & 63);
	}

}
