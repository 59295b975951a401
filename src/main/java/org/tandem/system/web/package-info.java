/**
 * The web shell shared by every module: the page layout's model, the start and login
 * pages, the language switch, the error pages and the mapping of domain exceptions to
 * HTTP (problem details for {@code /api/**}, pages for people).
 */
@NullMarked
package org.tandem.system.web;

import org.jspecify.annotations.NullMarked;
