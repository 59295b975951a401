package org.tandem.venues.web;

import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/** One stretch of opening hours as a request or a form row gives it. */
interface OpeningRow {

	@Nullable LocalTime opens();

	@Nullable LocalTime closes();

}
