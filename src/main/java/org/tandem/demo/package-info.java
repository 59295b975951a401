/**
 * The demo organisation that {@code ./mvnw spring-boot:run} starts with: one login per
 * role and a personal API token, so that Tandem can be tried at once. Only active in the
 * {@code demo} profile; a production installation never has these passwords.
 */
@NullMarked
package org.tandem.demo;

import org.jspecify.annotations.NullMarked;
