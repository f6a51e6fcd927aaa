package dev.greenlight.security;

import java.util.ArrayList;
import java.util.Set;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request authenticated by an API token: the owner's name and roles, and only the token's scopes as
 * {@code SCOPE_…} authorities (a password sign-in holds all of them), which is how the scope narrows the roles.
 */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final String username;

    ApiTokenAuthentication(String username, Set<Role> roles, Set<ApiScope> scopes) {
        super(authorities(roles, scopes));
        this.username = username;
        setAuthenticated(true);
    }

    private static ArrayList<GrantedAuthority> authorities(Set<Role> roles, Set<ApiScope> scopes) {
        var list = new ArrayList<GrantedAuthority>();
        roles.forEach(r -> list.add(new SimpleGrantedAuthority(r.authority())));
        ApiScope.implied(scopes).forEach(s -> list.add(new SimpleGrantedAuthority(s.authority())));
        return list;
    }



    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return username;
    }
}
