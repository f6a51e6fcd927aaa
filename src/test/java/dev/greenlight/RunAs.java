package dev.greenlight;

import dev.greenlight.security.Role;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;

/** Runs a piece of a test as a given user, so that one test can play several people in turn. */
public final class RunAs {

    private RunAs() {
    }

    public static <T> T call(String user, Role[] roles, Callable<T> body) {
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(user, null,
                Arrays.stream(roles).map(r -> new SimpleGrantedAuthority(r.authority())).toList())));
        try {
            return body.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static <T> T engineer(Callable<T> body) {
        return call("engineer", new Role[] {Role.ENGINEER}, body);
    }

    public static <T> T pm(Callable<T> body) {
        return call("pm", new Role[] {Role.PRODUCT_MANAGER}, body);
    }

    public static <T> T lead(Callable<T> body) {
        return call("lead", new Role[] {Role.LEADERSHIP}, body);
    }

    public static <T> T admin(Callable<T> body) {
        return call("admin", new Role[] {Role.ADMIN}, body);
    }

    public static <T> T anonymous(Callable<T> body) {
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            return body.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
