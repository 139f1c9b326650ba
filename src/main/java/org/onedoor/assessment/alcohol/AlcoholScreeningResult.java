package org.onedoor.assessment.alcohol;

/** The outcome of one alcohol questionnaire: its score, what to do now, and whether to ask more. */
public sealed interface AlcoholScreeningResult permits AuditCResult, AuditResult, FastResult {

    int score();

    int maximumScore();

    RecommendedResponse recommendedResponse();

    NextStep nextStep();

    /** One or two plain-language sentences for the practitioner and the record. */
    String explanation();
}
