package org.tandem.signup;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.tandem.system.TenantJdbc;

/**
 * Keeps bots and floods off the public forms. A form carries a ticket signed with the
 * installation's secret and the time it was shown; it is accepted only between
 * {@link #FASTEST} and {@link #OLDEST} after that (people need a few seconds to fill in a
 * form; a replayed ticket goes stale). Each connection may sign up a few times an hour
 * per organisation; its address is stored only as a keyed hash, for a day.
 */
@Component
class SignupGuard {

	static final Duration FASTEST = Duration.ofSeconds(3);

	static final Duration OLDEST = Duration.ofHours(2);

	private static final Logger log = LoggerFactory.getLogger(SignupGuard.class);

	private final byte[] secret;

	private final SignupSettings settings;

	private final TenantJdbc jdbc;

	private final Clock clock;

	SignupGuard(SignupSettings settings, TenantJdbc jdbc, Clock clock) {
		this.settings = settings;
		this.jdbc = jdbc;
		this.clock = clock;
		String configured = settings.secret();
		if (configured == null || configured.isBlank()) {
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			this.secret = random;
			log.warn("TANDEM_SECRET is not set: sign-up form tickets work only on this instance until it restarts");
		}
		else {
			this.secret = configured.getBytes(StandardCharsets.UTF_8);
		}
	}

	/** A ticket for a form about to be shown for {@code scope} (the programme). */
	String ticket(String scope) {
		String issued = Long.toString(this.clock.millis());
		return issued + "." + sign(scope + "|" + issued);
	}

	/** Whether a submitted ticket is genuine, for this scope, and of a human pace. */
	boolean ticketAccepted(String scope, String ticket) {
		int dot = ticket.indexOf('.');
		if (dot <= 0) {
			return false;
		}
		String issued = ticket.substring(0, dot);
		if (!MessageDigest.isEqual(sign(scope + "|" + issued).getBytes(StandardCharsets.US_ASCII),
				ticket.substring(dot + 1).getBytes(StandardCharsets.US_ASCII))) {
			return false;
		}
		try {
			Duration age = Duration.between(Instant.ofEpochMilli(Long.parseLong(issued)), this.clock.instant());
			return age.compareTo(FASTEST) >= 0 && age.compareTo(OLDEST) <= 0;
		}
		catch (NumberFormatException forged) {
			return false;
		}
	}

	/**
	 * Counts a sign-up from {@code source} (the connection's address) in the current
	 * organisation, and answers whether it is within the hourly limit.
	 */
	boolean withinLimit(String source) {
		Instant now = this.clock.instant();
		String hash = sign("source|" + source);
		this.jdbc.sql("delete from signup_attempt where organisation_id = :tenant and attempted_at < :dayAgo")
			.param("dayAgo", Timestamp.from(now.minus(Duration.ofDays(1))))
			.update();
		long recent = this.jdbc.sql("""
				select count(*) from signup_attempt
				 where organisation_id = :tenant and source_hash = :hash and attempted_at > :hourAgo
				""")
			.param("hash", hash)
			.param("hourAgo", Timestamp.from(now.minus(Duration.ofHours(1))))
			.query(Long.class)
			.single();
		if (recent >= this.settings.limit()) {
			return false;
		}
		this.jdbc.sql("""
				insert into signup_attempt (organisation_id, source_hash, attempted_at) values (:tenant, :hash, :now)
				""").param("hash", hash).param("now", Timestamp.from(now)).update();
		return true;
	}

	private String sign(String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("Every Java runtime has HmacSHA256", ex);
		}
	}

}
