package dev.greenlight.assessment;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The review lifecycle of PRODUCT.md §2 as a table:
 * {@code DRAFT → SUBMITTED → (CHANGES_REQUESTED → SUBMITTED)* → APPROVED | APPROVED_WITH_CONDITIONS | REJECTED},
 * and any decided assessment can be {@code ARCHIVED}; an approved one can be {@code STOPPED} on a re-review (§7), and a
 * stopped one archived. Pure: who may act is the services' business, not the table's.
 */
public final class Lifecycle {

    private static final Map<AssessmentStatus, Map<WorkflowAction, AssessmentStatus>> TABLE = build();

    private Lifecycle() {
    }

    private static Map<AssessmentStatus, Map<WorkflowAction, AssessmentStatus>> build() {
        var table = new EnumMap<AssessmentStatus, Map<WorkflowAction, AssessmentStatus>>(AssessmentStatus.class);
        for (var status : AssessmentStatus.values()) {
            table.put(status, new EnumMap<>(WorkflowAction.class));
        }
        table.get(AssessmentStatus.DRAFT).put(WorkflowAction.SUBMIT, AssessmentStatus.SUBMITTED);
        table.get(AssessmentStatus.CHANGES_REQUESTED).put(WorkflowAction.SUBMIT, AssessmentStatus.SUBMITTED);
        var submitted = table.get(AssessmentStatus.SUBMITTED);
        submitted.put(WorkflowAction.REQUEST_CHANGES, AssessmentStatus.CHANGES_REQUESTED);
        submitted.put(WorkflowAction.APPROVE, AssessmentStatus.APPROVED);
        submitted.put(WorkflowAction.APPROVE_WITH_CONDITIONS, AssessmentStatus.APPROVED_WITH_CONDITIONS);
        submitted.put(WorkflowAction.REJECT, AssessmentStatus.REJECTED);
        for (var approved : EnumSet.of(AssessmentStatus.APPROVED, AssessmentStatus.APPROVED_WITH_CONDITIONS)) {
            table.get(approved).put(WorkflowAction.STOP, AssessmentStatus.STOPPED);
        }
        for (var decided : EnumSet.of(AssessmentStatus.APPROVED, AssessmentStatus.APPROVED_WITH_CONDITIONS, AssessmentStatus.REJECTED,
                AssessmentStatus.STOPPED)) {
            table.get(decided).put(WorkflowAction.ARCHIVE, AssessmentStatus.ARCHIVED);
        }
        table.replaceAll((status, row) -> Collections.unmodifiableMap(row));
        return Collections.unmodifiableMap(table);
    }

    /** Where {@code action} leads from {@code from}, or empty when the lifecycle does not allow it. */
    public static Optional<AssessmentStatus> target(AssessmentStatus from, WorkflowAction action) {
        return Optional.ofNullable(TABLE.get(from).get(action));
    }

    /** Where {@code action} leads from {@code from}; an illegal move is refused with a message saying what is allowed. */
    public static AssessmentStatus next(AssessmentStatus from, WorkflowAction action) {
        return target(from, action).orElseThrow(() -> new IllegalTransitionException(from, action, allowed(from)));
    }

    /** The actions the lifecycle allows from {@code from} (none from ARCHIVED). */
    public static Set<WorkflowAction> allowed(AssessmentStatus from) {
        var actions = TABLE.get(from).keySet();
        return actions.isEmpty() ? EnumSet.noneOf(WorkflowAction.class) : EnumSet.copyOf(actions);
    }

    /** The move is not in the lifecycle: nothing was changed. */
    public static class IllegalTransitionException extends RuntimeException {

        private final AssessmentStatus from;
        private final WorkflowAction action;

        IllegalTransitionException(AssessmentStatus from, WorkflowAction action, Set<WorkflowAction> allowed) {
            this(from, action, "Cannot " + action.verb() + " an assessment that is " + from.label().toLowerCase(Locale.ROOT)
                    + (allowed.isEmpty() ? ": nothing more can happen to it"
                    : "; from there it can only be: " + allowed.stream().map(WorkflowAction::verb).toList()));
        }

        /** A change of the answers in a status that does not allow it: a conflict with the lifecycle, not a matter of rights. */
        static IllegalTransitionException notEditable(AssessmentStatus from, String message) {
            return new IllegalTransitionException(from, null, message);
        }

        public static IllegalTransitionException because(AssessmentStatus from, WorkflowAction action, String reason) {
            return new IllegalTransitionException(from, action, "Cannot " + action.verb() + " this assessment: " + reason);
        }

        private IllegalTransitionException(AssessmentStatus from, WorkflowAction action, String message) {
            super(message);
            this.from = from;
            this.action = action;
        }

        public AssessmentStatus from() {
            return from;
        }

        /** The move refused; null when the refusal was of an edit. */
        public WorkflowAction action() {
            return action;
        }
    }
}
