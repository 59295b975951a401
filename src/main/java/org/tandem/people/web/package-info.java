/**
 * The pages and the JSON API for mentors and seniors, their consents and background
 * checks, and the public page where a guardian gives consent.
 */
@NullMarked
package org.tandem.people.web;

import org.jspecify.annotations.NullMarked;
