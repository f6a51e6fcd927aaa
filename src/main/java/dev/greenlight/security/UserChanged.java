package dev.greenlight.security;

/** An admin created a user ({@code created}) or changed one; {@code what} says what, in words. */
public record UserChanged(String username, boolean created, String what) {
}
