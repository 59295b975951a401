package org.tandem.organisations.web;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tandem.organisations.ApiToken;
import org.tandem.organisations.ApiTokens;
import org.tandem.organisations.IssuedToken;
import org.tandem.organisations.UserId;
import org.tandem.system.CurrentUser;

/**
 * The signed-in user's own personal API tokens.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR', 'ANALYST')")
class TokensApi {

	private final ApiTokens tokens;

	TokensApi(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/api/v1/tokens")
	List<ApiToken> list(@AuthenticationPrincipal CurrentUser user) {
		return this.tokens.ownedBy(new UserId(user.userId()));
	}

	/** Answers the token with its secret, shown this once. */
	@PostMapping("/api/v1/tokens")
	ResponseEntity<IssuedToken> create(@AuthenticationPrincipal CurrentUser user,
			@Valid @RequestBody NewToken request) {
		IssuedToken issued = this.tokens.issue(new UserId(user.userId()), request.name(), request.validity());
		return ResponseEntity.created(URI.create("/api/v1/tokens/" + issued.token().id())).body(issued);
	}

	@DeleteMapping("/api/v1/tokens/{id}")
	ResponseEntity<Void> revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
		this.tokens.revoke(new UserId(user.userId()), id);
		return ResponseEntity.noContent().build();
	}

	/**
	 * A token to make.
	 *
	 * @param name what it is for
	 * @param validForDays how long it works; empty for until revoked
	 */
	record NewToken(@NotBlank @Size(max = 100) String name, @Min(1) @Max(730) @Nullable Integer validForDays) {

		@Nullable Duration validity() {
			return (this.validForDays != null) ? Duration.ofDays(this.validForDays) : null;
		}

	}

}
