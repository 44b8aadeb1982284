package no.virksomhetsplan.assignments.assignment.domain;

import java.util.List;

/**
 * How an item's status and light follow from its parts (its delegations and tasks that are not cancelled); see
 * docs/adr/0017. An item without such parts keeps the status its people set.
 */
public final class RollUp {

    private RollUp() {
    }

    /**
     * DELAYED if any part is delayed or overdue; DONE if all are done; NOT_STARTED if none has started; otherwise
     * IN_PROGRESS.
     *
     * @param parts the statuses of the parts, none cancelled, at least one
     */
    public static Status status(List<Status> parts) {
        if (parts.isEmpty() || parts.contains(Status.CANCELLED)) {
            throw new IllegalArgumentException("roll up the parts that are not cancelled, at least one: " + parts);
        }
        if (parts.contains(Status.DELAYED)) {
            return Status.DELAYED;
        }
        if (parts.stream().allMatch(Status.DONE::equals)) {
            return Status.DONE;
        }
        if (parts.stream().allMatch(Status.NOT_STARTED::equals)) {
            return Status.NOT_STARTED;
        }
        return Status.IN_PROGRESS;
    }

    /** The worst light among the parts, as they are shown (an overdue part is red). */
    public static TrafficLight light(List<TrafficLight> parts) {
        return parts.stream().reduce(TrafficLight.GREEN, TrafficLight::worse);
    }
}
