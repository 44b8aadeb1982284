package no.virksomhetsplan.contracts;

/** Kafka topics: one per producing context, plus the public inbound topic for fagsystemer. */
public final class Topics {

    public static final String ORG = "vp.org.v1";
    public static final String PLANS = "vp.plans.v1";
    public static final String ASSIGNMENTS = "vp.assignments.v1";
    public static final String CHECKLISTS = "vp.checklists.v1";
    public static final String INDICATORS = "vp.indicators.v1";
    public static final String INDICATOR_VALUES_IN = "vp.indicator-values.in.v1";

    private static final String DEAD_LETTER_SUFFIX = ".dlt";

    /** Where records that cannot be processed are set aside, with the reason in their headers. */
    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

    private Topics() {
    }
}
