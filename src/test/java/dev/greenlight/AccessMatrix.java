package dev.greenlight;

import static dev.greenlight.AccessMatrix.Action.ARCHIVE;
import static dev.greenlight.AccessMatrix.Action.CHANGE_MODEL;
import static dev.greenlight.AccessMatrix.Action.COMMENT;
import static dev.greenlight.AccessMatrix.Action.COMPARE;
import static dev.greenlight.AccessMatrix.Action.DECIDE;
import static dev.greenlight.AccessMatrix.Action.EDIT;
import static dev.greenlight.AccessMatrix.Action.EXPORT;
import static dev.greenlight.AccessMatrix.Action.MANAGE_USERS;
import static dev.greenlight.AccessMatrix.Action.PORTFOLIO;
import static dev.greenlight.AccessMatrix.Action.READ_DRAFT;
import static dev.greenlight.AccessMatrix.Action.READ_SUBMITTED;
import static dev.greenlight.AccessMatrix.Action.RESCORE;
import static dev.greenlight.AccessMatrix.Action.RESCORE_ALL;
import static dev.greenlight.AccessMatrix.Action.REVIEW_QUEUE;
import static dev.greenlight.AccessMatrix.Action.SIGN_OFF;
import static dev.greenlight.AccessMatrix.Action.SUBMIT;
import static dev.greenlight.AccessMatrix.Action.VERSIONS;
import static dev.greenlight.AccessMatrix.Action.VIEW_AUDIT;
import static dev.greenlight.AccessMatrix.Action.VIEW_FULL_AUDIT;

import dev.greenlight.security.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Who may do what (PRODUCT.md §1–2, issue 6), written out once as a table and checked twice: at the services and
 * through the API. Each actor acts on fixtures authored by {@link Actor#author()}.
 */
public final class AccessMatrix {

    private AccessMatrix() {
    }

    public enum Actor {
        ANONYMOUS(null, "engineer"),
        ENGINEER_AUTHOR("engineer", "engineer", Role.ENGINEER),
        OTHER_ENGINEER(TestUsers.OTHER_ENGINEER, "engineer", Role.ENGINEER),
        PRODUCT_MANAGER("pm", "engineer", Role.PRODUCT_MANAGER),
        PM_AUTHOR(TestUsers.AUTHORING_PM, TestUsers.AUTHORING_PM, Role.PRODUCT_MANAGER, Role.ENGINEER),
        LEADERSHIP("lead", "engineer", Role.LEADERSHIP),
        ADMIN("admin", "engineer", Role.ADMIN);

        private final String username;
        private final String author;
        private final Role[] roles;

        Actor(String username, String author, Role... roles) {
            this.username = username;
            this.author = author;
            this.roles = roles;
        }

        public String username() {
            return username;
        }

        /** Who wrote the assessments this actor acts on. */
        public String author() {
            return author;
        }

        public Role[] roles() {
            return roles;
        }

        /** The author's roles (the authoring PM also engineers). */
        public Role[] authorRoles() {
            return author.equals(TestUsers.AUTHORING_PM) ? new Role[] {Role.PRODUCT_MANAGER, Role.ENGINEER} : new Role[] {Role.ENGINEER};
        }
    }

    public enum Action {
        READ_DRAFT, READ_SUBMITTED, EDIT, SUBMIT, DECIDE, SIGN_OFF, ARCHIVE, COMMENT, EXPORT, VERSIONS, COMPARE, VIEW_AUDIT,
        VIEW_FULL_AUDIT, REVIEW_QUEUE, PORTFOLIO, RESCORE, RESCORE_ALL, MANAGE_USERS, CHANGE_MODEL
    }

    private static final Set<Action> ANY_SIGNED_IN = EnumSet.of(READ_SUBMITTED, COMMENT, EXPORT, VERSIONS, COMPARE, VIEW_AUDIT);
    private static final Set<Action> PRODUCT_MANAGERS = EnumSet.of(REVIEW_QUEUE, PORTFOLIO, ARCHIVE);
    private static final Set<Action> AUTHOR = EnumSet.of(READ_DRAFT, EDIT, SUBMIT);

    private static final Map<Actor, Set<Action>> ALLOWED = Map.of(
            Actor.ANONYMOUS, EnumSet.noneOf(Action.class),
            Actor.ENGINEER_AUTHOR, union(ANY_SIGNED_IN, AUTHOR),
            Actor.OTHER_ENGINEER, ANY_SIGNED_IN,
            Actor.PRODUCT_MANAGER, union(ANY_SIGNED_IN, union(PRODUCT_MANAGERS, EnumSet.of(DECIDE))),
            // a product manager who authored the assessment: everything a PM may, but never decide on their own work
            Actor.PM_AUTHOR, union(ANY_SIGNED_IN, union(AUTHOR, PRODUCT_MANAGERS)),
            Actor.LEADERSHIP, union(ANY_SIGNED_IN, EnumSet.of(SIGN_OFF, REVIEW_QUEUE, PORTFOLIO)),
            Actor.ADMIN, union(ANY_SIGNED_IN, EnumSet.of(READ_DRAFT, ARCHIVE, PORTFOLIO, VIEW_FULL_AUDIT, RESCORE, RESCORE_ALL,
                    MANAGE_USERS, CHANGE_MODEL)));

    public static boolean allowed(Actor actor, Action action) {
        return ALLOWED.get(actor).contains(action);
    }

    /** Every (actor, action, allowed) cell: 7 × 19, checked at the services. */
    public static Stream<Arguments> cells() {
        var cells = new ArrayList<Arguments>();
        for (var actor : Actor.values()) {
            for (var action : Action.values()) {
                cells.add(Arguments.of(actor, action, allowed(actor, action)));
            }
        }
        return cells.stream();
    }

    /**
     * Over HTTP, one cell per way the API answers an access question: 2xx for an allowed read and an allowed write,
     * 401 without credentials, 403 for a role that may not, for a draft that is not yours, for separation of duties.
     * The whole matrix is the services' ({@code AccessMatrixServiceTest}); the API only maps their answers.
     */
    public static Stream<Arguments> httpCells() {
        return Stream.of(
                Arguments.of(Actor.OTHER_ENGINEER, READ_SUBMITTED, true),
                Arguments.of(Actor.LEADERSHIP, COMMENT, true),
                Arguments.of(Actor.ENGINEER_AUTHOR, SUBMIT, true),
                Arguments.of(Actor.ANONYMOUS, READ_SUBMITTED, false),
                Arguments.of(Actor.OTHER_ENGINEER, DECIDE, false),
                Arguments.of(Actor.OTHER_ENGINEER, READ_DRAFT, false),
                Arguments.of(Actor.PM_AUTHOR, DECIDE, false),
                Arguments.of(Actor.PRODUCT_MANAGER, MANAGE_USERS, false));
    }

    private static Set<Action> union(Set<Action> a, Set<Action> b) {
        var all = EnumSet.copyOf(a);
        all.addAll(b);
        return all;
    }
}
