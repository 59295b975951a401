/**
 * The public sign-up pages under {@code /join/{programme}}.
 */
@NullMarked
package org.tandem.signup.web;

import org.jspecify.annotations.NullMarked;
