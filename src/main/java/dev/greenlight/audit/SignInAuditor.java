package dev.greenlight.audit;

import dev.greenlight.security.SignInThrottle;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Sign-ins into the audit trail. Successful ones are the interactive (login form) kind: the stateless API
 * authenticates every request, and a line per API call would drown the trail. Failures, from the form and the API
 * alike, are bounded per client address: the first few in a window are recorded one by one, the rest are counted
 * and written as one summary line when the window closes (by a scheduled flush, or by the next sign-in event after it,
 * or at shutdown), so a password-guessing run with invented user names adds a handful of lines, not one per guess.
 */
@Component
class SignInAuditor {

    static final int MAX_CLIENTS = 10_000;
    private static final int NAMES_SHOWN = 10;

    private final AuditLog log;
    private final Clock clock;
    private final int recordedPerWindow;
    private final Duration window;
    private final Map<String, Window> windows = new LinkedHashMap<>();

    /** One client's failures in the current window. */
    private static final class Window {
        final Instant start;
        int recorded;
        int suppressed;
        final Set<String> names = new LinkedHashSet<>();
        int otherNames;

        Window(Instant start) {
            this.start = start;
        }
    }

    private record Summary(String client, Window window, Instant end) {
    }

    SignInAuditor(AuditLog log, Clock clock,
                  @Value("${greenlight.signin.audit.recorded-per-window:3}") int recordedPerWindow,
                  @Value("${greenlight.signin.audit.window:15m}") Duration window) {
        this.log = log;
        this.clock = clock;
        this.recordedPerWindow = recordedPerWindow;
        this.window = window;
    }

    @EventListener
    void succeeded(InteractiveAuthenticationSuccessEvent event) {
        writeSummaries(closeExpired(Instant.now(clock)));
        log.recordAs(event.getAuthentication().getName(), AuditAction.LOGIN_SUCCEEDED, null, "Signed in");
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        var now = Instant.now(clock);
        var name = event.getAuthentication().getName();
        var client = SignInThrottle.client(event.getAuthentication().getDetails());
        boolean recordThis;
        List<Summary> due;
        synchronized (windows) {
            due = closeExpired(now);
            var current = windows.computeIfAbsent(client, c -> new Window(now));
            recordThis = current.recorded < recordedPerWindow;
            if (recordThis) {
                current.recorded++;
            } else {
                current.suppressed++;
                if (current.names.size() < NAMES_SHOWN || current.names.contains(name)) {
                    current.names.add(name);
                } else {
                    current.otherNames++;
                }
            }
            if (windows.size() > MAX_CLIENTS) {
                var eldest = windows.entrySet().iterator().next();
                windows.remove(eldest.getKey());
                due.add(new Summary(eldest.getKey(), eldest.getValue(), now));
            }
        }
        writeSummaries(due);
        if (recordThis) {
            log.recordAs(name, AuditAction.LOGIN_FAILED, null, "Sign-in failed from " + client + ": " + event.getException().getMessage());
        }
    }

    /** Writes the summaries of closed windows, so a guessing run that stopped is reported without waiting for a sign-in. */
    @Scheduled(fixedDelayString = "${greenlight.signin.audit.flush-every:1m}", initialDelayString = "${greenlight.signin.audit.flush-every:1m}")
    void flushClosedWindows() {
        writeSummaries(closeExpired(Instant.now(clock)));
    }

    /** Writes what is still only counted, so a shutdown loses no failure. */
    @PreDestroy
    void flush() {
        List<Summary> all = new ArrayList<>();
        synchronized (windows) {
            var now = Instant.now(clock);
            windows.forEach((client, w) -> all.add(new Summary(client, w, now)));
            windows.clear();
        }
        writeSummaries(all);
    }

    private List<Summary> closeExpired(Instant now) {
        synchronized (windows) {
            List<Summary> due = new ArrayList<>();
            for (Iterator<Map.Entry<String, Window>> it = windows.entrySet().iterator(); it.hasNext(); ) {
                var entry = it.next();
                if (!entry.getValue().start.plus(window).isAfter(now)) {
                    it.remove();
                    due.add(new Summary(entry.getKey(), entry.getValue(), entry.getValue().start.plus(window)));
                }
            }
            return due;
        }
    }

    private void writeSummaries(List<Summary> due) {
        for (var s : due) {
            if (s.window().suppressed == 0) {
                continue;
            }
            var names = String.join(", ", s.window().names) + (s.window().otherNames > 0 ? " and " + s.window().otherNames + " attempts with other names" : "");
            var actor = s.window().names.size() == 1 && s.window().otherNames == 0 ? s.window().names.iterator().next() : AuditLog.ANONYMOUS;
            log.recordAs(actor, AuditAction.LOGIN_FAILURES_SUMMARISED, null, s.window().suppressed + " further failed sign-ins from "
                    + s.client() + " between " + s.window().start + " and " + s.end() + " (user names: " + names
                    + "), not recorded one by one");
        }
    }
}
