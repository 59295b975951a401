package org.tandem.imports;

import org.tandem.system.RuleViolated;

/**
 * A file Tandem cannot read as a list of people (empty, not a table, too large, no column
 * it recognises), or a commit that is not possible yet (rows with errors, columns
 * missing). Names the field and the rule; shown as a 422 problem in the API and next to
 * the file or the button on the pages.
 */
public class ImportRefused extends RuleViolated {

	private static final long serialVersionUID = 1L;

	ImportRefused(String field, String rule, Object... arguments) {
		super(field, rule, "imports.refused." + rule, arguments);
	}

}
