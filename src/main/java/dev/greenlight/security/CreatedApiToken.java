package dev.greenlight.security;

/** A token just created: the only time its secret exists outside the client that receives it. */
public record CreatedApiToken(ApiTokenSummary token, String secret) {
}
