package org.tandem.notifications;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ContextConfiguration;
import org.tandem.testing.TandemTest;

/**
 * The whole application, as {@link TandemTest}, with e-mail going to a real SMTP server
 * and text messages to a local stand-in for 46elks ({@link OutboxServers}). Test classes
 * with this annotation share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TandemTest
@ContextConfiguration(initializers = OutboxServers.class)
@interface OutboxTest {

}
