package no.virksomhetsplan.indicators.definition.application;

import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.indicators.definition.domain.IndicatorContent;
import no.virksomhetsplan.indicators.definition.domain.IndicatorDefinition;
import no.virksomhetsplan.indicators.definition.domain.IndicatorDefinitions;
import no.virksomhetsplan.indicators.orgunit.domain.Units;
import no.virksomhetsplan.platform.domain.ConflictException;
import no.virksomhetsplan.platform.domain.ForbiddenException;
import no.virksomhetsplan.platform.domain.NotFoundException;
import no.virksomhetsplan.platform.messaging.Outbox;
import no.virksomhetsplan.platform.security.Caller;
import no.virksomhetsplan.platform.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The municipality's administrator defines and edits indicators; each change and its event commit together. */
@Service
public class IndicatorAdministration {

    private final IndicatorDefinitions indicators;
    private final Units units;
    private final Outbox outbox;

    IndicatorAdministration(IndicatorDefinitions indicators, Units units, Outbox outbox) {
        this.indicators = indicators;
        this.units = units;
        this.outbox = outbox;
    }

    @Transactional
    public IndicatorDefinition define(Caller caller, DefineIndicatorCommand command) {
        requireAdministrator(caller);
        requireUnitsExist(caller.tenant(), command.content());
        if (indicators.findByKey(caller.tenant(), command.key()).isPresent()) {
            throw new ConflictException("Your municipality already has an indicator with key '" + command.key() + "'.");
        }
        IndicatorDefinition.Created created = IndicatorDefinition.define(caller.tenant(), command.key(), command.content());
        indicators.add(created.indicator());
        outbox.add(Topics.INDICATORS, caller.tenant(), created.event());
        return created.indicator();
    }

    @Transactional
    public IndicatorDefinition revise(Caller caller, ReviseIndicatorCommand command) {
        requireAdministrator(caller);
        IndicatorDefinition current = indicators.find(caller.tenant(), command.id())
                .orElseThrow(() -> new NotFoundException("No such indicator in your municipality."));
        requireUnitsExist(caller.tenant(), command.content());
        IndicatorDefinition.Revised revised = current.revise(command.basedOnVersion(), command.content());
        indicators.update(revised.indicator(), current.version());
        outbox.add(Topics.INDICATORS, caller.tenant(), revised.event());
        return revised.indicator();
    }

    private void requireUnitsExist(String tenant, IndicatorContent content) {
        Set<UUID> unknown = new TreeSet<>(content.unitIds());
        unknown.removeAll(units.byIds(tenant, content.unitIds()).keySet());
        if (!unknown.isEmpty()) {
            throw new NotFoundException("These org units do not exist in your municipality: " + unknown + ".");
        }
    }

    private static void requireAdministrator(Caller caller) {
        if (!caller.hasRole(Roles.ADMIN)) {
            throw new ForbiddenException("Only the municipality's administrator defines indicators.");
        }
    }
}
