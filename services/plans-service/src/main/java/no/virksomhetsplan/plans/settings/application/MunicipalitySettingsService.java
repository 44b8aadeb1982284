package no.virksomhetsplan.plans.settings.application;

import no.virksomhetsplan.contracts.Topics;
import no.virksomhetsplan.plans.settings.domain.MunicipalitySettings;
import no.virksomhetsplan.plans.settings.domain.MunicipalitySettingsStore;
import no.virksomhetsplan.platform.audit.AuditLog;
import no.virksomhetsplan.platform.domain.ConflictException;
import no.virksomhetsplan.platform.domain.ForbiddenException;
import no.virksomhetsplan.platform.messaging.Outbox;
import no.virksomhetsplan.platform.security.Caller;
import no.virksomhetsplan.platform.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Everyone in a municipality reads its settings; its administrators change them, and every change is published whole. */
@Service
public class MunicipalitySettingsService {

    private final MunicipalitySettingsStore store;
    private final Outbox outbox;
    private final AuditLog audit;

    MunicipalitySettingsService(MunicipalitySettingsStore store, Outbox outbox, AuditLog audit) {
        this.store = store;
        this.outbox = outbox;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public MunicipalitySettings current(Caller caller) {
        return current(caller.tenant());
    }

    @Transactional
    public MunicipalitySettings change(Caller caller, ChangeSettingsCommand command) {
        if (!caller.hasRole(Roles.ADMIN)) {
            throw new ForbiddenException("Only the municipality's administrators change its settings.");
        }
        MunicipalitySettings current = current(caller.tenant());
        if (current.version() != command.basedOnVersion()) {
            throw new ConflictException("The settings were changed by someone else (they are at version " + current.version()
                    + ", your change was based on version " + command.basedOnVersion() + "); reload them and try again.");
        }
        MunicipalitySettings.Changed changed = current.change(command.language(), command.terminology(),
                command.assignmentTypes(), command.reminders());
        store.save(changed.settings(), current.version(), caller.username());
        outbox.add(Topics.PLANS, caller.tenant(), changed.event());
        audit.record(caller, "settings.changed", null, "settings", changed.event());
        return changed.settings();
    }

    private MunicipalitySettings current(String tenant) {
        return store.find(tenant).orElseGet(() -> MunicipalitySettings.defaults(tenant));
    }
}
