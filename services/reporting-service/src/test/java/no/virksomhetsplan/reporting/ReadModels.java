package no.virksomhetsplan.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.contracts.plans.MeasureIndicatorData;
import no.virksomhetsplan.contracts.plans.UnitGoalsChanged;
import no.virksomhetsplan.reporting.projection.persistence.JdbcPlans;
import no.virksomhetsplan.reporting.projection.persistence.JdbcWorkItems;
import no.virksomhetsplan.reporting.projection.persistence.JdbcWorkItems.Item;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts what the projections would have made of other contexts' events straight into the read models, through the
 * projections' own writers (the Kafka path itself is {@code ProjectionApiTest}'s).
 */
public final class ReadModels {

    private final JdbcWorkItems items;
    private final JdbcPlans plans;
    private final TransactionTemplate transaction;

    public ReadModels(JdbcWorkItems items, JdbcPlans plans, TransactionTemplate transaction) {
        this.items = items;
        this.plans = plans;
        this.transaction = transaction;
    }

    public UUID assignment(UUID unit, String title, String status, LocalDate deadline, boolean inReport) {
        UUID id = UUID.randomUUID();
        assignment(id, unit, title, status, deadline, inReport, 1);
        return id;
    }

    public void assignment(UUID id, UUID unit, String title, String status, LocalDate deadline, boolean inReport, long version) {
        transaction.executeWithoutResult(s -> items.apply("fjordvik", new Item(id, "ASSIGNMENT", id, unit, title, null, deadline,
                status, "GREEN", null, inReport, "Status per " + deadline, Instant.now(), version)));
    }

    public UUID delegation(UUID assignment, UUID unit, String status, LocalDate deadline) {
        UUID id = UUID.randomUUID();
        transaction.executeWithoutResult(s -> items.apply("fjordvik", new Item(id, "DELEGATION", assignment, unit, null, null,
                deadline, status, "YELLOW", null, null, null, Instant.now(), 1)));
        return id;
    }

    public void delegation(UUID id, UUID assignment, UUID unit, String status, LocalDate deadline, long version) {
        transaction.executeWithoutResult(s -> items.apply("fjordvik", new Item(id, "DELEGATION", assignment, unit, null, null,
                deadline, status, "YELLOW", null, null, null, Instant.now(), version)));
    }

    /** A goal with one measure indicator that no indicator feeds, ticked for the unit in 2027. */
    public UUID goalFor(UUID unit, String title) {
        UUID goal = UUID.randomUUID();
        transaction.executeWithoutResult(s -> {
            plans.goal("fjordvik", goal, null, unit, title, "Beskrivelse av " + title, null, 2027, 2027,
                    List.of(new MeasureIndicatorData(UUID.randomUUID(), "Andel elever som trives", "%",
                            new java.math.BigDecimal("90"), "HIGHER_IS_BETTER", new java.math.BigDecimal("85"), null)), 1);
            plans.unitGoals("fjordvik", new UnitGoalsChanged(unit, 2027, List.of(goal), 1));
        });
        return goal;
    }
}
