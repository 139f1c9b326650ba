/**
 * NDTMS interchange: the one reader ({@link org.onedoor.ndtms.NdtmsFile}) and writer
 * ({@link org.onedoor.ndtms.NdtmsWriter}) of NDTMS CSV files, driven by a versioned schema held as configuration
 * ({@link org.onedoor.ndtms.NdtmsSchema}: {@code ndtms/dataset-k/fields.csv} and {@code codes.csv}, whose categories
 * business rules use instead of literal codes), and the import store that {@link org.onedoor.ndtms.NdtmsImport}
 * loads providers' files into.
 * <p>
 * Other modules read imported activity through the view {@code report_ndtms_intervention}, never the tables: one row
 * per intervention row of a file in force (rows a later file from the same agency replaced are left out). Its columns
 * ({@code migration V202612100200}): {@code import_id}, {@code line}, {@code agency} (AGNCY), {@code client_id}
 * (CLIENTID or CLIENT), {@code attributor} (char 11: FINITIAL, SINITIAL, DOB yyyyMMdd, SEX; null when a part is
 * unknown), {@code born_on} (DOB), {@code sex} (SEX), {@code episode_id} (EPISODID), {@code consent} (CONSENT),
 * {@code referred_on} (REFLD), {@code triaged_on} (TRIAGED), {@code care_plan_on} (CPLANDT), {@code discharged_on}
 * (DISD), {@code discharge_reason} (DISRSN), {@code drug1}..{@code drug3} (DRUG1..DRUG3), {@code intervention_id}
 * (MODID), {@code modality} (MODAL), {@code setting} (MODSET), {@code referred_to_intervention_on} (REFMODDT),
 * {@code first_offered_on} (FAOMODDT), {@code started_on} (MODST), {@code ended_on} (MODEND), {@code exit_code}
 * (MODEXIT), {@code gp_practice} (GPPTCE), {@code provider_agency} (OPRAGNCY). Codes are stored as the schema's lists
 * hold them (upper case); SQL takes a category's codes from {@link org.onedoor.ndtms.NdtmsSchema#codesIn} as
 * parameters.
 */
@ApplicationModule(
        displayName = "NDTMS interchange",
        allowedDependencies = {"security", "audittrail", "partnership", "client", "referral", "treatment", "assessment"
        })
@NullMarked
package org.onedoor.ndtms;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
