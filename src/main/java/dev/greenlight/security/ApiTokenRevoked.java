package dev.greenlight.security;

/** An API token was revoked by its owner. */
public record ApiTokenRevoked(String owner, long tokenId, String name, String prefix) {
}
