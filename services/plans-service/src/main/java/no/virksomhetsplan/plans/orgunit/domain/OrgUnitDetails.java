package no.virksomhetsplan.plans.orgunit.domain;

import no.virksomhetsplan.platform.domain.RuleViolationException;

/**
 * What an administrator names and assigns on a unit: everything but its place in the tree. Values are stripped;
 * blank optional values are absent.
 *
 * @param name         display name, e.g. "Fjordvik skole"
 * @param externalCode the municipality's own code (ansvar number), or null
 * @param levelName    the municipality's name for the level, e.g. "virksomhet", or null
 * @param leader       the Keycloak username of the unit's leader, or null
 */
public record OrgUnitDetails(String name, String externalCode, String levelName, String leader) {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_CODE_LENGTH = 50;
    public static final int MAX_LEVEL_LENGTH = 100;
    public static final int MAX_LEADER_LENGTH = 100;

    public OrgUnitDetails {
        name = blankToNull(name);
        externalCode = blankToNull(externalCode);
        levelName = blankToNull(levelName);
        leader = blankToNull(leader);
        if (name == null) {
            throw new RuleViolationException("A unit needs a name.");
        }
        requireAtMost(name, MAX_NAME_LENGTH, "The name");
        requireAtMost(externalCode, MAX_CODE_LENGTH, "The code");
        requireAtMost(levelName, MAX_LEVEL_LENGTH, "The level name");
        requireAtMost(leader, MAX_LEADER_LENGTH, "The leader's username");
        if (leader != null && !isUsername(leader)) {
            throw new RuleViolationException("The leader's username '" + leader + "' contains spaces.");
        }
    }

    /** Keycloak usernames have no whitespace; anything else (e-mail addresses from federation too) is theirs to decide. */
    public static boolean isUsername(String value) {
        return value.codePoints().noneMatch(Character::isWhitespace);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void requireAtMost(String value, int max, String what) {
        if (value != null && value.length() > max) {
            throw new RuleViolationException(what + " is longer than " + max + " characters.");
        }
    }
}
