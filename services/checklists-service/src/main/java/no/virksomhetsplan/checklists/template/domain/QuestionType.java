package no.virksomhetsplan.checklists.template.domain;

/** How a question is answered. */
public enum QuestionType {
    /** Free text. */
    TEXT("text"),
    /** Ticked or not. */
    CHECKBOX("checked"),
    /** Yes, no, or not relevant with a reason. */
    YES_NO("choice"),
    /** A number. */
    NUMBER("number");

    private final String valueField;

    QuestionType(String valueField) {
        this.valueField = valueField;
    }

    /** The field of an answer that carries this type's value. */
    public String valueField() {
        return valueField;
    }
}
