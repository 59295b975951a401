/**
 * Organisations (the tenants) and the people who sign in to them: user accounts with
 * their roles, passwords and personal API tokens, how a login is checked and throttled,
 * and the first admin of a new installation. Everything else in Tandem belongs to an
 * organisation created here.
 */
@NullMarked
package org.tandem.organisations;

import org.jspecify.annotations.NullMarked;
