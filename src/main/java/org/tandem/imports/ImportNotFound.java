package org.tandem.imports;

import org.tandem.system.NotFound;

/** No such import in the current organisation. */
public class ImportNotFound extends NotFound {

	private static final long serialVersionUID = 1L;

	ImportNotFound(ImportId id) {
		super("imports.notFound", id);
	}

}
