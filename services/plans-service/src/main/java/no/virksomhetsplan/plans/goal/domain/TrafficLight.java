package no.virksomhetsplan.plans.goal.domain;

/** The status of an actual value against a measure indicator's target and yellow limit. */
public enum TrafficLight {
    GREEN, YELLOW, RED
}
