package org.tandem.notifications;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The 46elks client against a local HTTP server: the form it posts and how it signs in,
 * the id it returns, and how a refusal, an odd answer or a provider that cannot be
 * reached become failures that say what happened without the recipient's number.
 */
class ElksSmsGatewayTest {

	static final String NUMBER = "+46701234567";

	static final String TEXT = "Påminnelse: Tandem tisdag 1 december kl. 14.00-15.00, Kåge bibliotek. Med Amir.";

	@RegisterExtension
	static WireMockExtension elks = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
		.build();

	static ElksSmsGateway gateway(String baseUrl, Duration readTimeout) {
		return new ElksSmsGateway(new ElksSettings(URI.create(baseUrl), "u1a2b3c4", "s3cr3t-åäö", "Tandem",
				Duration.ofSeconds(2), readTimeout));
	}

	ElksSmsGateway gateway() {
		return gateway(elks.baseUrl(), Duration.ofSeconds(5));
	}

	@Test
	void postsTheFormWithBasicAuthenticationAndReturnsTheMessagesId() throws SendFailed {
		elks.stubFor(post("/a1/sms").willReturn(okJson("""
				{"status": "created", "direction": "outgoing", "from": "Tandem", "created": "2026-11-30T13:00:00.000",
				 "parts": 1, "to": "+46701234567", "cost": 3500, "message": "…",
				 "id": "s17a6dafb12d6b1cabc053d57dac2b9d8"}
				""")));

		String id = gateway().send(NUMBER, TEXT);

		assertThat(id).isEqualTo("s17a6dafb12d6b1cabc053d57dac2b9d8");
		String credentials = Base64.getEncoder().encodeToString("u1a2b3c4:s3cr3t-åäö".getBytes(StandardCharsets.UTF_8));
		elks.verify(1,
				postRequestedFor(urlEqualTo("/a1/sms")).withHeader("Authorization", equalTo("Basic " + credentials))
					.withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
					.withFormParam("from", equalTo("Tandem"))
					.withFormParam("to", equalTo(NUMBER))
					.withFormParam("message", equalTo(TEXT))
					.withFormParam("dontlog", equalTo("message")));
	}

	@Test
	void aRefusalKeepsThe46elksAnswerWithoutTheNumberAndMayBeRetried() {
		elks.stubFor(post("/a1/sms").willReturn(aResponse().withStatus(402)
			.withHeader("Content-Type", "text/plain")
			.withBody("Not enough credits to send to 46701234567")));

		SendFailed refused = catchThrowableOfType(SendFailed.class, () -> gateway().send(NUMBER, TEXT));

		assertThat(refused.problem()).isEqualTo(DeliveryProblem.PROVIDER_ERROR);
		assertThat(refused.permanent()).isFalse();
		assertThat(refused.detail()).isEqualTo("46elks answered 402: Not enough credits to send to …");
	}

	@Test
	void aWrongPasswordIsARefusalToo() {
		elks.stubFor(post("/a1/sms").willReturn(aResponse().withStatus(401).withBody("Unauthorized")));

		SendFailed refused = catchThrowableOfType(SendFailed.class, () -> gateway().send(NUMBER, TEXT));

		assertThat(refused.problem()).isEqualTo(DeliveryProblem.PROVIDER_ERROR);
		assertThat(refused.detail()).isEqualTo("46elks answered 401: Unauthorized");
	}

	@Test
	void anAnswerWithoutAnIdOrWithStatusFailedIsARefusal() {
		elks.stubFor(post("/a1/sms").willReturn(okJson("""
				{"status": "failed", "id": "s1"}
				""")));

		SendFailed refused = catchThrowableOfType(SendFailed.class, () -> gateway().send(NUMBER, TEXT));

		assertThat(refused.problem()).isEqualTo(DeliveryProblem.PROVIDER_ERROR);
		assertThat(refused.detail()).contains("status failed");
	}

	@Test
	void anAnswerThatIsNotJsonIsARefusal() {
		elks.stubFor(post("/a1/sms").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("<html>maintenance</html>")));

		SendFailed refused = catchThrowableOfType(SendFailed.class, () -> gateway().send(NUMBER, TEXT));

		assertThat(refused.problem()).isEqualTo(DeliveryProblem.PROVIDER_ERROR);
		assertThat(refused.detail()).startsWith("46elks answered in an unexpected way");
	}

	@Test
	void aProviderNobodyAnswersAtIsUnreachable() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}

		SendFailed failed = catchThrowableOfType(SendFailed.class,
				() -> gateway("http://127.0.0.1:" + closedPort, Duration.ofSeconds(1)).send(NUMBER, TEXT));

		assertThat(failed.problem()).isEqualTo(DeliveryProblem.UNREACHABLE);
		assertThat(failed.permanent()).isFalse();
		assertThat(failed.detail()).startsWith("46elks could not be reached").doesNotContain("701234567");
	}

	@Test
	void aProviderThatDoesNotAnswerInTimeIsUnreachable() {
		elks.stubFor(
				post("/a1/sms").willReturn(okJson("{\"id\": \"s1\", \"status\": \"created\"}").withFixedDelay(2_000)));

		SendFailed failed = catchThrowableOfType(SendFailed.class,
				() -> gateway(elks.baseUrl(), Duration.ofMillis(300)).send(NUMBER, TEXT));

		assertThat(failed.problem()).isEqualTo(DeliveryProblem.UNREACHABLE);
	}

}
