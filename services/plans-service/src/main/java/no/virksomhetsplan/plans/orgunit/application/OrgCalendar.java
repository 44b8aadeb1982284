package no.virksomhetsplan.plans.orgunit.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** The org tree's days are calendar days in Norway: "today" is today in Europe/Oslo, whatever the server's zone. */
@Component
public class OrgCalendar {

    public static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private final Clock clock = Clock.system(NORWAY);

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The day asked for, or today when none was. */
    public LocalDate dayOrToday(LocalDate day) {
        return day != null ? day : today();
    }
}
