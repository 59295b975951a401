package org.tandem.people.web;

/**
 * One option of a list page's filter, ready to render: the page may offer a couple of
 * thousand venues, and comparing each with the chosen one in the template cost more than
 * the search itself.
 *
 * @param value what the option sends
 * @param label what it shows
 * @param selected whether it is the current choice
 */
record FilterChoice(String value, String label, boolean selected) {

}
