package org.onedoor.security;

import java.util.List;

/**
 * The pages that ask for an action (a form, or a confirmation before something irreversible) and the privileges
 * the action needs. Security refuses the page itself (403) to anyone who could not carry out the action, so nobody
 * is shown a form or a confirmation only to be refused when they press the button. Which records a person may act
 * on is still decided by the module (the client module's AccessPolicy for client records).
 */
final class ActionPages {

    private ActionPages() {}

    record Rule(List<String> paths, List<Privilege> anyOf) {

        String[] pathArray() {
            return paths.toArray(String[]::new);
        }

        String[] authorities() {
            return anyOf.stream().map(Enum::name).toArray(String[]::new);
        }
    }

    static final List<Rule> RULES = List.of(
            new Rule(
                    List.of(
                            "/clients/new",
                            "/clients/*/alerts/new",
                            "/clients/*/alerts/*/void",
                            "/clients/*/care-team/new",
                            "/clients/*/care-team/*/end",
                            "/clients/*/consents/new"),
                    List.of(Privilege.CLIENT_RECORD_EDIT)),
            new Rule(List.of("/clients/*/break-glass"), List.of(Privilege.CLIENT_BREAK_GLASS)),
            new Rule(List.of("/clients/*/merge", "/clients/merges/*/undo"), List.of(Privilege.CLIENT_MERGE)),
            new Rule(List.of("/clients/*/subject-access"), List.of(Privilege.CLIENT_SUBJECT_ACCESS)),
            new Rule(
                    List.of("/contracts/new", "/contracts/*/end", "/contracts/*/rules"),
                    List.of(Privilege.CONTRACT_MANAGE)),
            new Rule(List.of("/contracts/*/statements/*/approve"), List.of(Privilege.PAYMENT_APPROVE)),
            new Rule(
                    List.of(
                            "/directory/organisations/new",
                            "/directory/organisations/*/edit",
                            "/directory/staff/new",
                            "/directory/staff/*/edit"),
                    List.of(Privilege.DIRECTORY_MANAGE)),
            new Rule(
                    List.of("/practices/*/menu/offers/*/change", "/practices/*/menu/offers/*/withdrawal"),
                    List.of(Privilege.PRACTICE_MENU_EDIT_OWN, Privilege.PRACTICE_MENU_EDIT_ANY)),
            new Rule(
                    List.of(
                            "/clients/*/episodes/new",
                            "/episodes/*/discharge",
                            "/episodes/*/care-plan-start",
                            "/episodes/*/interventions/new",
                            "/episodes/*/interventions/*/end",
                            "/episodes/*/interventions/*/offer",
                            "/episodes/*/interventions/*/start",
                            "/episodes/*/interventions/*/sub-interventions/new",
                            "/groups/new",
                            "/groups/*/sessions/new",
                            "/family-support/new",
                            "/family-support/*/void",
                            "/family-support/*/sessions/*/void"),
                    List.of(Privilege.TREATMENT_RECORD)),
            new Rule(
                    List.of("/episodes/*/prescribing/new", "/prescribing/*/*"), List.of(Privilege.PRESCRIBING_RECORD)));
}
