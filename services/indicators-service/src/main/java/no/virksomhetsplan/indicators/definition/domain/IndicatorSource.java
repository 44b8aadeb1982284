package no.virksomhetsplan.indicators.definition.domain;

import java.util.regex.Pattern;
import no.virksomhetsplan.platform.domain.RuleViolationException;

/**
 * Where an indicator's values come from: entered by people ({@link #MANUAL}) or delivered by one named fagsystem,
 * e.g. {@code gerica}, which must name itself the same way in every value it sends.
 */
public record IndicatorSource(String name) {

    public static final IndicatorSource MANUAL = new IndicatorSource("MANUAL");
    public static final int MAX_LENGTH = 50;

    private static final Pattern FAGSYSTEM = Pattern.compile("[a-z0-9][a-z0-9-]{0," + (MAX_LENGTH - 1) + "}");

    public IndicatorSource {
        if (name == null || !(name.equals("MANUAL") || FAGSYSTEM.matcher(name).matches())) {
            throw new RuleViolationException("The source is MANUAL or a fagsystem's name of lower-case letters, digits and hyphens (at most "
                    + MAX_LENGTH + "), not '" + name + "'.");
        }
    }

    public static IndicatorSource of(String name) {
        return new IndicatorSource(name);
    }

    public boolean isManual() {
        return this.equals(MANUAL);
    }

    @Override
    public String toString() {
        return name;
    }
}
