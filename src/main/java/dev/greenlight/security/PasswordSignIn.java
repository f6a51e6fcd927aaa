package dev.greenlight.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The one place a password is checked, for the login form and HTTP Basic alike: Spring Security's
 * {@link DaoAuthenticationProvider} (bcrypt, and the same cost for unknown user names), behind the sign-in throttle.
 * The throttle's tokens are taken before the check and given back when it succeeds.
 */
@Component
class PasswordSignIn implements AuthenticationProvider {

    private final SignInThrottle throttle;
    private final DaoAuthenticationProvider passwords;

    PasswordSignIn(SignInThrottle throttle, DatabaseUserDetails users, PasswordEncoder encoder) {
        this.throttle = throttle;
        this.passwords = new DaoAuthenticationProvider(users::load);
        this.passwords.setPasswordEncoder(encoder);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        var permit = throttle.acquire(authentication.getName(), SignInThrottle.client(authentication.getDetails()));
        var authenticated = passwords.authenticate(authentication);
        permit.succeeded();
        return authenticated;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
