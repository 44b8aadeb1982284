package no.virksomhetsplan.checklists.response.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.virksomhetsplan.checklists.deviation.web.DeviationResponse;
import no.virksomhetsplan.checklists.distribution.domain.Distribution;
import no.virksomhetsplan.checklists.response.domain.Answer;
import no.virksomhetsplan.checklists.response.domain.Response;
import no.virksomhetsplan.checklists.response.domain.ResponseSheet;

final class ResponseResponses {

    private ResponseResponses() {
    }

    record AnswerResponse(UUID questionId, String text, Boolean checked, String choice, BigDecimal number, String reason,
            String comment, List<String> evidence, String answeredBy, Instant answeredAt) {

        static AnswerResponse of(Answer a) {
            return new AnswerResponse(a.questionId(), a.value().text(), a.value().checked(),
                    a.value().choice() == null ? null : a.value().choice().name(), a.value().number(), a.value().reason(),
                    a.comment(), a.evidence(), a.answeredBy(), a.answeredAt());
        }
    }

    record DistributionRef(UUID id, String title, String period, LocalDate deadline, boolean closed, boolean includeInMonthlyReport) {

        static DistributionRef of(Distribution d) {
            return new DistributionRef(d.id().value(), d.title(), d.period().label(), d.deadline(), d.closed(), d.includeInMonthlyReport());
        }
    }

    record ResponseSummary(UUID id, UUID distributionId, UUID unitId, String responsible, String status, long version,
            String submittedBy, Instant submittedAt) {

        static ResponseSummary of(Response r) {
            return new ResponseSummary(r.id().value(), r.distributionId().value(), r.unitId().value(), r.responsible(),
                    r.status().name(), r.version(), r.submittedBy(), r.submittedAt());
        }
    }

    record QuestionWithAnswer(UUID id, String text, String type, boolean required, AnswerResponse answer) {
    }

    record CheckpointWithAnswers(String title, List<QuestionWithAnswer> questions) {
    }

    record CategoryWithAnswers(String title, List<CheckpointWithAnswers> checkpoints) {
    }

    /** A unit's checklist: its questions in order, each with its current answer, and the deviations raised from it. */
    record SheetResponse(UUID id, DistributionRef distribution, UUID templateId, int templateVersion, String area, UUID unitId,
            String responsible, String status, long version, String submittedBy, Instant submittedAt, boolean mayAnswer,
            List<CategoryWithAnswers> categories, List<DeviationResponse> deviations) {

        static SheetResponse of(ResponseSheet sheet, boolean mayAnswer, List<DeviationResponse> deviations) {
            Response r = sheet.response();
            return new SheetResponse(r.id().value(), DistributionRef.of(sheet.distribution()), sheet.template().templateId().value(),
                    sheet.template().version(), sheet.template().content().area().name(), r.unitId().value(), r.responsible(),
                    r.status().name(), r.version(), r.submittedBy(), r.submittedAt(), mayAnswer,
                    sheet.template().content().categories().stream()
                            .map(category -> new CategoryWithAnswers(category.title(), category.checkpoints().stream()
                                    .map(checkpoint -> new CheckpointWithAnswers(checkpoint.title(), checkpoint.questions().stream()
                                            .map(q -> new QuestionWithAnswer(q.id(), q.text(), q.type().name(), q.required(),
                                                    sheet.current().containsKey(q.id()) ? AnswerResponse.of(sheet.current().get(q.id())) : null))
                                            .toList()))
                                    .toList()))
                            .toList(),
                    deviations);
        }
    }
}
