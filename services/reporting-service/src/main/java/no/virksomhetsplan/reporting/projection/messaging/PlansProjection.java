package no.virksomhetsplan.reporting.projection.messaging;

import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.contracts.plans.AssignmentLetterSent;
import no.virksomhetsplan.contracts.plans.GoalCreated;
import no.virksomhetsplan.contracts.plans.GoalUpdated;
import no.virksomhetsplan.contracts.plans.LeaderAgreementAgreed;
import no.virksomhetsplan.contracts.plans.UnitGoalsChanged;
import no.virksomhetsplan.platform.messaging.IdempotentConsumer;
import no.virksomhetsplan.reporting.projection.application.Freshness;
import no.virksomhetsplan.reporting.projection.persistence.JdbcPlans;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Projects goals, each unit's goals, sent letters and agreed leader agreements from {@link Topics#PLANS}. */
@Component
class PlansProjection {

    private static final String CONSUMER = "reporting-plans";

    private final IdempotentConsumer consumer;
    private final JdbcPlans plans;
    private final Freshness freshness;

    PlansProjection(IdempotentConsumer consumer, JdbcPlans plans, Freshness freshness) {
        this.consumer = consumer;
        this.plans = plans;
        this.freshness = freshness;
    }

    @KafkaListener(topics = Topics.PLANS, groupId = "${spring.application.name}.plans")
    void on(ConsumerRecord<String, byte[]> record) {
        consumer.apply(CONSUMER, record, event -> {
            String tenant = event.tenant();
            switch (event.type()) {
                case GoalCreated.TYPE -> {
                    GoalCreated g = event.data(GoalCreated.class);
                    plans.goal(tenant, g.goalId(), g.parentId(), g.ownerUnitId(), g.title(), g.description(), g.source(),
                            g.fromYear(), g.toYear(), g.indicators(), g.version());
                }
                case GoalUpdated.TYPE -> {
                    GoalUpdated g = event.data(GoalUpdated.class);
                    plans.goal(tenant, g.goalId(), g.parentId(), g.ownerUnitId(), g.title(), g.description(), g.source(),
                            g.fromYear(), g.toYear(), g.indicators(), g.version());
                }
                case UnitGoalsChanged.TYPE -> plans.unitGoals(tenant, event.data(UnitGoalsChanged.class));
                case AssignmentLetterSent.TYPE -> plans.letter(tenant, event.data(AssignmentLetterSent.class));
                case LeaderAgreementAgreed.TYPE -> plans.agreement(tenant, event.data(LeaderAgreementAgreed.class));
                default -> { }
            }
            freshness.projected(Topics.PLANS, event.envelope().time());
        });
    }
}
