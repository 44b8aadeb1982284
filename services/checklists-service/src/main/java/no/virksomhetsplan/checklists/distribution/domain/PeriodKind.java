package no.virksomhetsplan.checklists.distribution.domain;

/** The reporting periods: months, tertials (T1 = Jan–Apr, T2 = May–Aug, T3 = Sep–Dec) and the year. */
public enum PeriodKind {
    MONTH(12), TERTIAL(3), YEAR(1);

    private final int count;

    PeriodKind(int count) {
        this.count = count;
    }

    /** How many periods of this kind a year has. */
    public int perYear() {
        return count;
    }
}
