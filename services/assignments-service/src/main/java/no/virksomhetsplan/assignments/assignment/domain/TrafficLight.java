package no.virksomhetsplan.assignments.assignment.domain;

/** The traffic light of a work item, from good to bad. */
public enum TrafficLight {
    GREEN,
    YELLOW,
    RED;

    public TrafficLight worse(TrafficLight other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
