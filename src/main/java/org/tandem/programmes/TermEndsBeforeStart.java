package org.tandem.programmes;

import java.time.LocalDate;

import org.tandem.system.RuleViolated;

/** A term was given a last day before its first day. */
public class TermEndsBeforeStart extends RuleViolated {

	private static final long serialVersionUID = 1L;

	TermEndsBeforeStart(LocalDate start, LocalDate end) {
		super("termEnd", "TermEndsBeforeStart", "programmes.termEndsBeforeStart", start.toString(), end.toString());
	}

}
