package no.virksomhetsplan.reporting.projection.domain;

import java.util.List;
import java.util.Objects;

/**
 * A goal's status in a period: the worst light of its measure indicators that have a value (RED over YELLOW over
 * GREEN); NOT_MEASURED when none has.
 */
public final class GoalStatus {

    public static final String NOT_MEASURED = "NOT_MEASURED";

    private GoalStatus() {
    }

    public static String of(List<String> indicatorLights) {
        List<String> lights = indicatorLights.stream().filter(Objects::nonNull).toList();
        if (lights.isEmpty()) {
            return NOT_MEASURED;
        }
        if (lights.contains("RED")) {
            return "RED";
        }
        return lights.contains("YELLOW") ? "YELLOW" : "GREEN";
    }
}
