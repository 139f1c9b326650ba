package org.onedoor.assessment.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.onedoor.assessment.OutcomeReading;
import org.onedoor.assessment.Trajectory;
import org.onedoor.client.ClientRecords;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A client's trajectories: for each instrument with final records, a chart per measure with a table beside it.
 * Measures at 0 at every record (substances never used, say) are named in a sentence rather than charted.
 * Blood-borne-virus status is harm reduction's own record and is linked, never entered here.
 */
@Controller
class TrajectoryController {

    private final OutcomeReading reading;
    private final ClientRecords records;

    TrajectoryController(OutcomeReading reading, ClientRecords records) {
        this.reading = reading;
        this.records = records;
    }

    @GetMapping("/clients/{id}/outcomes/trajectory")
    String trajectory(@PathVariable UUID id, Model model) {
        model.addAttribute("client", records.identity(id, "Outcome trajectories"));
        Map<String, List<Chart>> byInstrument = new LinkedHashMap<>();
        Map<String, List<String>> zeroThroughout = new LinkedHashMap<>();
        for (Trajectory.Series series : reading.trajectory(id).series()) {
            byInstrument.computeIfAbsent(series.instrumentTitle(), t -> new ArrayList<>());
            if (series.zeroThroughout()) {
                zeroThroughout
                        .computeIfAbsent(series.instrumentTitle(), t -> new ArrayList<>())
                        .add(series.label());
            } else {
                byInstrument.get(series.instrumentTitle()).add(Chart.of(series));
            }
        }
        model.addAttribute("instruments", byInstrument);
        model.addAttribute("zeroThroughout", zeroThroughout);
        return "assessment/trajectory";
    }
}
