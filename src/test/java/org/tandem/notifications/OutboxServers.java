package org.tandem.notifications;

import java.util.Arrays;
import java.util.List;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * A real SMTP server (GreenMail) and a local HTTP server standing in for 46elks
 * (WireMock), both on free ports of the loopback interface, started once for the whole
 * test run; the application under test is pointed at them. The same two servers serve
 * every test class that uses {@link OutboxTest}, so those classes share one application
 * context. Tests tell their own messages apart by unique addresses.
 */
public final class OutboxServers implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String FROM = "Tandem <tandem@tandem.example>";

	static final String ELKS_USERNAME = "u0123456789abcdef";

	static final String ELKS_PASSWORD = "test-password-0123";

	private static GreenMail mail;

	private static WireMockServer elks;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPropertyValues
			.of("spring.mail.host=127.0.0.1", "spring.mail.port=" + mail().getSmtp().getPort(),
					"tandem.mail.from=" + FROM, "tandem.sms.46elks.base-url=" + elks().baseUrl(),
					"tandem.sms.46elks.username=" + ELKS_USERNAME, "tandem.sms.46elks.password=" + ELKS_PASSWORD,
					"tandem.sms.46elks.from=Tandem", "tandem.sms.46elks.read-timeout=5s")
			.applyTo(context);
	}

	public static synchronized GreenMail mail() {
		if (mail == null) {
			mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
			mail.start();
			Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
		}
		return mail;
	}

	public static synchronized WireMockServer elks() {
		if (elks == null) {
			elks = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
			elks.start();
			Runtime.getRuntime().addShutdownHook(new Thread(elks::stop));
		}
		return elks;
	}

	/** What the SMTP server received for an address. */
	public static List<MimeMessage> receivedBy(String address) {
		return Arrays.stream(mail().getReceivedMessages()).filter((message) -> {
			try {
				Address[] to = message.getAllRecipients();
				return to != null && Arrays.stream(to).anyMatch((each) -> each.toString().contains(address));
			}
			catch (MessagingException unreadable) {
				throw new IllegalStateException(unreadable);
			}
		}).toList();
	}

}
