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
		Answer answer;
		try {
			answer = this.client.post()
				.uri("/a1/sms")
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.accept(MediaType.APPLICATION_JSON)
				.body(form)
				.exchange((request, response) -> {
					if (response.getStatusCode().isError()) {
						return Answer.refused(response.getStatusCode().value(), read(response.getBody()));
					}
					Answer sent = response.bodyTo(Answer.class);
					return (sent != null) ? sent : Answer.refused(response.getStatusCode().value(), "");
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
		if (answer == null || answer.error() != null) {
			String said = (answer != null) ? answer.error() : "";
			int status = (answer != null) ? answer.httpStatus() : 0;
			throw SendFailed.refused(ErrorText.of("46elks answered " + status + ": " + said, to));
		}
		if (answer.id() == null || answer.id().isBlank() || "failed".equalsIgnoreCase(answer.status())) {
			throw SendFailed.refused("46elks did not accept the message (status " + answer.status() + ")");
		}
		return answer.id();
	}

	private static String read(InputStream body) throws IOException {
		byte[] bytes = body.readNBytes(MAX_ERROR_BODY);
		return new String(bytes, StandardCharsets.UTF_8);
	}

	/**
	 * What 46elks answered: the message's id and status, or (made here) an error status
	 * with what it said.
	 *
	 * @param id the message's id at 46elks
	 * @param status {@code created}, {@code sent}, {@code delivered} or {@code failed}
	 * @param httpStatus the HTTP status of a refusal
	 * @param error what a refusal said
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Answer(@Nullable String id, @Nullable String status, int httpStatus, @Nullable String error) {

		static Answer refused(int httpStatus, String said) {
			return new Answer(null, null, httpStatus, said);
		}

	}

}
