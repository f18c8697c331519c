package nl.koers.survey.round.web;

/** Body of a code batch: the class as the teacher names it ("groep 7a"), its year group, and how many pupils. */
public record IssueCodesRequest(String classLabel, Integer yearGroup, Integer count) {
}
