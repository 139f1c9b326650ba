package org.onedoor.partnership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The partnership's own description, as typed: the area it serves and its local authority's ONS code. */
record PartnershipForm(
        @NotBlank(message = "{partnership.areaName.required}")
        @Size(max = 120, message = "{partnership.areaName.size}")
        @Nullable
        String areaName,

        @NotBlank(message = "{partnership.localAuthorityCode.required}")
        @Size(max = 9, message = "{partnership.localAuthorityCode.size}")
        @Nullable
        String localAuthorityCode) {

    static PartnershipForm of(@Nullable PartnershipSummary partnership) {
        return partnership == null
                ? new PartnershipForm(null, null)
                : new PartnershipForm(partnership.areaName(), partnership.localAuthorityCode());
    }

    PartnershipSummary summary() {
        return new PartnershipSummary(
                areaName == null ? "" : areaName.strip(), localAuthorityCode == null ? "" : localAuthorityCode.strip());
    }
}
