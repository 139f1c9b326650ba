package org.onedoor.indicators;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.onedoor.ndtms.NdtmsSchema;

/**
 * The imported half of the indicator relation: rows in force of NDTMS activity files ({@code
 * report_ndtms_intervention}) in the columns of {@code indicator_intervention}. Codes become categories through the
 * dataset's code lists, never literals: discharge reasons by class, substances by group over DRUG1-DRUG3, and
 * substitute medication at exit when a pharmacological intervention ended on the discharge day with an exit other
 * than a planned one. A person is their attributor; an episode is its agency and EPISODID. Rows with no triage date
 * (a refused consent leaves every field empty) take no part.
 */
final class ImportedActivity {

    static final String SELECT = """
            select 'FILE' as source, r.attributor as person_key, r.born_on, r.agency,
                   cast(null as uuid) as provider_id, cast(null as uuid) as practice_id,
                   r.agency || ':' || r.episode_id as episode_key, r.triaged_on,
                   r.referred_to_intervention_on as referred_on, r.first_offered_on, r.started_on, r.ended_on,
                   r.exit_code as exit_status, r.discharged_on, r.discharge_reason,
                   case when r.discharge_reason in (:ndtmsSuccessful) then 'SUCCESSFUL'
                        when r.discharge_reason in (:ndtmsTransfer) then 'TRANSFER'
                        when r.discharge_reason in (:ndtmsUnsuccessful) then 'UNSUCCESSFUL'
                        when r.discharge_reason in (:ndtmsDied) then 'DIED'
                        when r.discharge_reason is not null then 'NEUTRAL' end as discharge_class,
                   case when r.drug1 in (:ndtmsOpiate) or r.drug2 in (:ndtmsOpiate) or r.drug3 in (:ndtmsOpiate)
                             then 'OPIATE'
                        when (r.drug1 is null or r.drug1 in (:ndtmsAlcohol))
                             and (r.drug2 is null or r.drug2 in (:ndtmsAlcohol))
                             and (r.drug3 is null or r.drug3 in (:ndtmsAlcohol)) then 'ALCOHOL_ONLY'
                        when r.drug1 in (:ndtmsAlcohol) or r.drug2 in (:ndtmsAlcohol) or r.drug3 in (:ndtmsAlcohol)
                             then 'NON_OPIATE_AND_ALCOHOL'
                        else 'NON_OPIATE_ONLY' end as substance_group,
                   max(case when r.modality in (:ndtmsPharmacological) and r.ended_on = r.discharged_on
                                 and (r.exit_code is null or r.exit_code not in (:ndtmsPlanned)) then 1 else 0 end)
                       over (partition by r.agency, r.episode_id) as ost_at_exit
              from report_ndtms_intervention r
             where r.attributor is not null and r.triaged_on is not null""";

    private ImportedActivity() {}

    /** The code lists' categories as the parameters {@link #SELECT} names. */
    static Map<String, Object> parameters() {
        NdtmsSchema schema = NdtmsSchema.datasetK();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("ndtmsSuccessful", codes(schema, "DISRSN", "successful"));
        parameters.put("ndtmsTransfer", codes(schema, "DISRSN", "transfer"));
        parameters.put("ndtmsUnsuccessful", codes(schema, "DISRSN", "unsuccessful"));
        parameters.put("ndtmsDied", codes(schema, "DISRSN", "died"));
        parameters.put("ndtmsOpiate", codes(schema, "DRUG", "opiate"));
        parameters.put("ndtmsAlcohol", codes(schema, "DRUG", "alcohol"));
        parameters.put("ndtmsPharmacological", codes(schema, "MODAL", "pharmacological"));
        parameters.put("ndtmsPlanned", codes(schema, "MODEXIT", "planned"));
        return parameters;
    }

    /** A category's codes; a category with none matches nothing (SQL has no empty list). */
    private static List<String> codes(NdtmsSchema schema, String list, String category) {
        Set<String> codes = schema.codesIn(list, category);
        return codes.isEmpty() ? List.of("\u0000") : List.copyOf(codes);
    }
}
