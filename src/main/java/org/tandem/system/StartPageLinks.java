package org.tandem.system;

import java.util.List;
import java.util.Locale;

/**
 * Links a module offers the signed-in user on the start page, such as the day list of
 * each venue a venue staff account is linked to. The start page belongs to no module and
 * knows none of them, so each module that has something to offer there provides a bean of
 * this kind; the page shows their links in the order of the beans.
 */
public interface StartPageLinks {

	/**
	 * The links for this user, in the user's language; empty if there are none for them.
	 */
	List<Link> linksFor(CurrentUser user, Locale locale);

	/**
	 * A link on the start page.
	 *
	 * @param id the element's id, for tests and anchors
	 * @param text what the link says
	 * @param href where it leads, a path of the application
	 */
	record Link(String id, String text, String href) {
	}

}
