/**
 * The pages and the JSON API for users, passwords and API tokens.
 */
@NullMarked
package org.tandem.organisations.web;

import org.jspecify.annotations.NullMarked;
