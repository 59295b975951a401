package org.tandem.notifications;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends a stored e-mail through Spring's {@link JavaMailSender}, plain text in UTF-8 from
 * {@code tandem.mail.from}, marked as sent automatically (RFC 3834) so that mail servers
 * do not answer it with holiday replies. Without a mail server ({@code spring.mail.host})
 * or a sender address, every e-mail fails saying which is missing.
 */
@Component
class EmailSender {

	static final String NO_SERVER = "No e-mail server configured (set spring.mail.host)";

	static final String NO_SENDER = "No sender address configured (set tandem.mail.from)";

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MailSettings settings;

	EmailSender(ObjectProvider<JavaMailSender> mailSender, MailSettings settings) {
		this.mailSender = mailSender;
		this.settings = settings;
	}

	/**
	 * @return the sent message's Message-ID
	 */
	String send(Envelope email) throws SendFailed {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			throw SendFailed.notConfigured(NO_SERVER);
		}
		String from = this.settings.from();
		if (from == null || !this.settings.hasFrom()) {
			throw SendFailed.notConfigured(NO_SENDER);
		}
		MimeMessage message = sender.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
			helper.setFrom(from);
			helper.setTo(email.address());
			helper.setSubject((email.subject() != null) ? email.subject() : "");
			helper.setText(email.body(), false);
			message.setContentLanguage(new String[] { email.locale() });
			message.setHeader("Auto-Submitted", "auto-generated");
		}
		catch (MessagingException malformed) {
			throw SendFailed.unsendable(ErrorText.of(malformed, email.address()));
		}
		try {
			sender.send(message);
			return message.getMessageID();
		}
		catch (MailParseException | MailPreparationException malformed) {
			throw SendFailed.unsendable(ErrorText.of(malformed, email.address()));
		}
		catch (MailAuthenticationException refused) {
			throw SendFailed.refused(ErrorText.of(refused, email.address()));
		}
		catch (MailException failed) {
			String detail = ErrorText.of(failed, email.address());
			throw unreachable(failed) ? SendFailed.unreachable(detail) : SendFailed.refused(detail);
		}
		catch (MessagingException unreadable) {
			throw SendFailed.refused(ErrorText.of(unreadable, email.address()));
		}
	}

	private static boolean unreachable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectException || cause instanceof SocketTimeoutException
					|| cause instanceof UnknownHostException) {
				return true;
			}
			if (cause instanceof MailSendException send) {
				for (Exception each : send.getFailedMessages().values()) {
					if (unreachable(each)) {
						return true;
					}
				}
			}
			if (cause.getCause() == cause) {
				return false;
			}
		}
		return false;
	}

}
