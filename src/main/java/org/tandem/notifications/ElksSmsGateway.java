package org.tandem.notifications;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Sends text messages through 46elks: {@code POST /a1/sms} with the form fields
 * {@code from}, {@code to} and {@code message}, HTTP Basic authentication with the API
 * username and password, and a JSON answer with the message's {@code id} and
 * {@code status}. Asks 46elks with {@code dontlog=message} not to keep the text in its
 * history. An error status is a refusal whose body (46elks answers in plain words, e.g.
 * "Not enough credits") is kept, less any personal data, for the coordinator.
 */
class ElksSmsGateway implements SmsGateway {

	/** Longest part of an error answer read. */
	private static final int MAX_ERROR_BODY = 2_000;

	private final RestClient client;

	private final String from;

	ElksSmsGateway(ElksSettings settings) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout()).build();
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
		requests.setReadTimeout(settings.readTimeout());
		String username = (settings.username() != null) ? settings.username() : "";
		String password = (settings.password() != null) ? settings.password() : "";
		this.client = RestClient.builder()
			.baseUrl(settings.baseUrl().toString())
			.requestFactory(requests)
			.defaultHeaders((headers) -> headers.setBasicAuth(username, password, StandardCharsets.UTF_8))
			.build();
		this.from = settings.from();
	}

	@Override
	public String send(String to, String text) throws SendFailed {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("from", this.from);
		form.add("to", to);
		form.add("message", text);
		form.add("dontlog", "message");
		Reply reply;
		try {
			reply = this.client.post()
				.uri("/a1/sms")
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.accept(MediaType.APPLICATION_JSON)
				.body(form)
				.exchange((request, response) -> {
					int status = response.getStatusCode().value();
					if (response.getStatusCode().isError()) {
						return new Reply(status, null, read(response.getBody()));
					}
					return new Reply(status, response.bodyTo(Answer.class), null);
				});
		}
		catch (ResourceAccessException unreachable) {
			throw SendFailed
				.unreachable(ErrorText.of("46elks could not be reached: " + ErrorText.of(unreachable, to), to));
		}
		catch (RestClientException unreadable) {
			throw SendFailed
				.refused(ErrorText.of("46elks answered in an unexpected way: " + ErrorText.of(unreadable, to), to));
		}
		Answer answer = (reply != null) ? reply.answer() : null;
		if (reply == null || answer == null) {
			String said = (reply != null && reply.refusal() != null) ? reply.refusal() : "";
			throw SendFailed
				.refused(ErrorText.of("46elks answered " + ((reply != null) ? reply.status() : 0) + ": " + said, to));
		}
		String id = answer.id();
		if (id == null || id.isBlank() || "failed".equalsIgnoreCase(answer.status())) {
			throw SendFailed.refused("46elks did not accept the message (status " + answer.status() + ")");
		}
		return id;
	}

	private static String read(InputStream body) throws IOException {
		byte[] bytes = body.readNBytes(MAX_ERROR_BODY);
		return new String(bytes, StandardCharsets.UTF_8);
	}

	/**
	 * What 46elks answered a sent message with; it says more, which is not needed.
	 *
	 * @param id the message's id at 46elks
	 * @param status {@code created}, {@code sent}, {@code delivered} or {@code failed}
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Answer(@Nullable String id, @Nullable String status) {

	}

	/**
	 * The HTTP exchange: the status, and the answer of a success or the words of a
	 * refusal.
	 */
	private record Reply(int status, @Nullable Answer answer, @Nullable String refusal) {

	}

}
