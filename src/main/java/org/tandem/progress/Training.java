package org.tandem.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.tandem.people.PersonId;

/**
 * A mentor's training, recorded by a coordinator: counted apart from session hours.
 *
 * @param id the record
 * @param mentor the mentor
 * @param date the day of the training
 * @param hours how long it was
 * @param what what it was about
 * @param recordedAt when it was recorded
 */
public record Training(UUID id, PersonId mentor, LocalDate date, BigDecimal hours, String what, Instant recordedAt) {

}
