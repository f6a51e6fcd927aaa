package dev.greenlight.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What an API token may do (PRODUCT.md §8). Each scope is a Spring Security authority ({@code SCOPE_read}, …) that
 * the API's filter chain, or an endpoint, can require. A password sign-in holds every scope: the narrowing is for
 * tokens. {@code write} implies {@code read} and {@code actuals:write}; {@code actuals:write} alone is for
 * automation that posts monthly check-ins and may do nothing else.
 */
public enum ApiScope {
    READ("read"),
    WRITE("write"),
    ACTUALS_WRITE("actuals:write");

    /** For {@code @PreAuthorize("hasAuthority('" + ApiScope.ACTUALS_WRITE_AUTHORITY + "')")} on the check-in endpoint. */
    public static final String ACTUALS_WRITE_AUTHORITY = "SCOPE_actuals:write";
    public static final String READ_AUTHORITY = "SCOPE_read";
    public static final String WRITE_AUTHORITY = "SCOPE_write";

    private final String code;

    ApiScope(String code) {
        this.code = code;
    }

    /** The name clients send and see: {@code read}, {@code write}, {@code actuals:write}. */
    public String code() {
        return code;
    }

    public String authority() {
        return "SCOPE_" + code;
    }

    public static Optional<ApiScope> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    /** The scopes a token granted {@code granted} actually holds. */
    static Set<ApiScope> implied(Set<ApiScope> granted) {
        var all = granted.isEmpty() ? EnumSet.noneOf(ApiScope.class) : EnumSet.copyOf(granted);
        if (all.contains(WRITE)) {
            all.add(READ);
            all.add(ACTUALS_WRITE);
        }
        return all;
    }
}
