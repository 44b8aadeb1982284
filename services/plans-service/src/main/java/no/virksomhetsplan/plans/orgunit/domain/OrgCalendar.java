package no.virksomhetsplan.plans.orgunit.domain;

import java.time.LocalDate;
import java.time.ZoneId;

/** The org tree's days are calendar days in Norway: "today" is today in Europe/Oslo, whatever the server's zone. */
public final class OrgCalendar {

    public static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private OrgCalendar() {
    }

    public static LocalDate today() {
        return LocalDate.now(NORWAY);
    }

    /** The day asked for, or today when none was. */
    public static LocalDate dayOrToday(LocalDate day) {
        return day != null ? day : today();
    }
}
