package org.tandem.notifications;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * One e-mail through Spring's mail sender to a real SMTP server: plain UTF-8 text from
 * the configured sender, in its language, marked as automatic; and the failures when
 * there is no server, no sender address, or nobody answers.
 */
class EmailSenderTest {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

	static Envelope email(String address) {
		return new Envelope(new MessageId(UUID.randomUUID()), Notices.someone(), MessageKind.REMINDER, Channel.EMAIL,
				address, "sv", "Påminnelse: Tandem tisdag 1 december kl. 14.00", "Hej!\n\nVad: Tandem\n", "key", null,
				1);
	}

	static EmailSender sender(JavaMailSender mailSender, String from) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		if (mailSender != null) {
			beans.addBean("mailSender", mailSender);
		}
		ObjectProvider<JavaMailSender> provider = beans.getBeanProvider(JavaMailSender.class);
		return new EmailSender(provider, new MailSettings(from));
	}

	static JavaMailSenderImpl server(int port) {
		JavaMailSenderImpl mail = new JavaMailSenderImpl();
		mail.setHost("127.0.0.1");
		mail.setPort(port);
		mail.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
		return mail;
	}

	@Test
	void sendsPlainUtf8TextFromTheConfiguredSenderMarkedAsAutomatic()
			throws SendFailed, MessagingException, IOException {
		String id = sender(server(smtp.getSmtp().getPort()), "Tandem <tandem@kommun.example>")
			.send(email("astrid@example.se"));

		MimeMessage received = smtp.getReceivedMessages()[0];
		assertThat(id).isEqualTo(received.getMessageID()).isNotBlank();
		assertThat(received.getFrom()[0].toString()).isEqualTo("Tandem <tandem@kommun.example>");
		assertThat(received.getAllRecipients()[0].toString()).isEqualTo("astrid@example.se");
		assertThat(received.getSubject()).isEqualTo("Påminnelse: Tandem tisdag 1 december kl. 14.00");
		assertThat(received.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
		assertThat(((String) received.getContent()).replace("\r\n", "\n").strip()).isEqualTo("Hej!\n\nVad: Tandem");
		assertThat(received.getContentLanguage()).containsExactly("sv");
		assertThat(received.getHeader("Auto-Submitted")).containsExactly("auto-generated");
	}

	@Test
	void withoutAMailServerEveryEmailFailsSayingSo() {
		SendFailed failed = catchThrowableOfType(SendFailed.class,
				() -> sender(null, "tandem@kommun.example").send(email("astrid@example.se")));

		assertThat(failed.problem()).isEqualTo(DeliveryProblem.NOT_CONFIGURED);
		assertThat(failed.permanent()).isTrue();
		assertThat(failed.detail()).isEqualTo("No e-mail server configured (set spring.mail.host)");
	}

	@Test
	void withoutASenderAddressEveryEmailFailsSayingSo() {
		SendFailed failed = catchThrowableOfType(SendFailed.class,
				() -> sender(server(smtp.getSmtp().getPort()), " ").send(email("astrid@example.se")));

		assertThat(failed.problem()).isEqualTo(DeliveryProblem.NOT_CONFIGURED);
		assertThat(failed.detail()).isEqualTo("No sender address configured (set tandem.mail.from)");
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void aMailServerNobodyAnswersAtIsUnreachableAndTheAddressIsNotQuoted() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}

		SendFailed failed = catchThrowableOfType(SendFailed.class,
				() -> sender(server(closedPort), "tandem@kommun.example").send(email("astrid@example.se")));

		assertThat(failed.problem()).isEqualTo(DeliveryProblem.UNREACHABLE);
		assertThat(failed.permanent()).isFalse();
		assertThat(failed.detail()).doesNotContain("astrid");
	}

}
