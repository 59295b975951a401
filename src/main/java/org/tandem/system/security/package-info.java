/**
 * Who may come in and how: the login form for people, personal API tokens for scripts,
 * the password hash, CSRF, security headers, and the problem details an API client gets
 * when it is not signed in or not allowed. Which roles may use an endpoint is declared on
 * the endpoint itself with {@code @PreAuthorize}.
 */
@NullMarked
package org.tandem.system.security;

import org.jspecify.annotations.NullMarked;
