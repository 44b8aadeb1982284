package no.virksomhetsplan.assignments.deadline.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import no.virksomhetsplan.assignments.assignment.domain.ItemKind;
import no.virksomhetsplan.assignments.overview.domain.ItemSummary;

/** The texts of reminders, escalations and digests, in the municipality's language (nb, nn or en; nb otherwise). */
public final class MailTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private record Language(Map<ItemKind, String> nouns, String reminderSubject, String reminderBody, String escalationSubject,
            String escalationBody, String digestSubject, String digestIntro, String overdueMark, String nobody, String footer) {
    }

    private static final Map<String, Language> LANGUAGES = Map.of(
            "nb", new Language(Map.of(ItemKind.ASSIGNMENT, "oppdraget", ItemKind.DELEGATION, "delegeringen", ItemKind.TASK, "oppgaven"),
                    "Påminnelse: frist %s for «%s»",
                    "Hei,\n\nfristen for %s «%s» (%s) er %s. Status nå: %s.",
                    "Forfalt: «%s» (%s)",
                    "Hei,\n\nfristen %s for %s «%s» (%s) er passert, og det er ikke ferdig. Ansvarlig: %s.",
                    "Ukeoversikt: %d åpne, %d forfalt",
                    "Hei,\n\ndu er ansvarlig for dette som ikke er ferdig:",
                    "FORFALT", "ingen", "Se Min side i Virksomhetsplan."),
            "nn", new Language(Map.of(ItemKind.ASSIGNMENT, "oppdraget", ItemKind.DELEGATION, "delegeringa", ItemKind.TASK, "oppgåva"),
                    "Påminning: frist %s for «%s»",
                    "Hei,\n\nfristen for %s «%s» (%s) er %s. Status no: %s.",
                    "Forfalle: «%s» (%s)",
                    "Hei,\n\nfristen %s for %s «%s» (%s) er passert, og det er ikkje ferdig. Ansvarleg: %s.",
                    "Vekeoversikt: %d opne, %d forfalne",
                    "Hei,\n\ndu er ansvarleg for dette som ikkje er ferdig:",
                    "FORFALLE", "ingen", "Sjå Mi side i Virksomhetsplan."),
            "en", new Language(Map.of(ItemKind.ASSIGNMENT, "the assignment", ItemKind.DELEGATION, "the delegation", ItemKind.TASK, "the task"),
                    "Reminder: deadline %s for '%s'",
                    "Hello,\n\nthe deadline of %s '%s' (%s) is %s. Status now: %s.",
                    "Overdue: '%s' (%s)",
                    "Hello,\n\nthe deadline %s of %s '%s' (%s) has passed, and it is not done. Responsible: %s.",
                    "Weekly digest: %d open, %d overdue",
                    "Hello,\n\nyou are responsible for these open items:",
                    "OVERDUE", "nobody", "See My page in Virksomhetsplan."));

    private MailTexts() {
    }

    public static String[] reminder(String language, ItemKind kind, String title, String unit, LocalDate deadline, String status) {
        Language texts = of(language);
        return new String[] {texts.reminderSubject().formatted(DAY.format(deadline), title),
                texts.reminderBody().formatted(texts.nouns().get(kind), title, unit, DAY.format(deadline), status)
                        + "\n\n" + texts.footer() + "\n"};
    }

    public static String[] escalation(String language, ItemKind kind, String title, String unit, LocalDate deadline,
            String responsible) {
        Language texts = of(language);
        return new String[] {texts.escalationSubject().formatted(title, unit),
                texts.escalationBody().formatted(DAY.format(deadline), texts.nouns().get(kind), title, unit,
                        responsible == null ? texts.nobody() : responsible) + "\n\n" + texts.footer() + "\n"};
    }

    public static String[] digest(String language, long open, long overdue, List<ItemSummary> items) {
        Language texts = of(language);
        StringBuilder body = new StringBuilder(texts.digestIntro()).append("\n\n");
        for (ItemSummary item : items) {
            body.append("- ").append(DAY.format(item.deadline())).append(' ')
                    .append(item.title() != null ? item.title() : item.assignmentTitle())
                    .append(item.unitName() == null ? "" : " (" + item.unitName() + ")")
                    .append(item.overdue() ? " " + texts.overdueMark() : "").append('\n');
        }
        return new String[] {texts.digestSubject().formatted(open, overdue), body.append('\n').append(texts.footer()).append('\n').toString()};
    }

    private static Language of(String language) {
        return LANGUAGES.getOrDefault(language, LANGUAGES.get("nb"));
    }
}
