package org.onedoor.partnership;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The partnership-wide practice menu: practices against interventions and substance groups as of a date, with the
 * places left this month. The module API allows it only to holders of PRACTICE_MENU_VIEW_ALL.
 */
@Controller
class PracticeMenuMatrixController {

    private final PracticeMenu menu;
    private final Clock clock;

    PracticeMenuMatrixController(PracticeMenu menu, Clock clock) {
        this.menu = menu;
        this.clock = clock;
    }

    @GetMapping("/practice-menus")
    String matrix(@RequestParam(required = false) @Nullable String date,
                  @RequestParam(required = false) @Nullable String intervention,
                  @RequestParam(required = false) @Nullable String substanceGroup,
                  @RequestParam(required = false) @Nullable String practice,
                  @RequestParam(defaultValue = "false") boolean offering, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate asOf = asOf(date, errors);
        MenuMatrix matrix = menu.matrix(asOf, blankToNull(intervention), blankToNull(substanceGroup),
                blankToNull(practice), offering);
        model.addAttribute("matrix", matrix);
        model.addAttribute("rows", matrix.rows().stream().map(row -> RowView.of(row, matrix)).toList());
        model.addAttribute("summary", summary(matrix, intervention, substanceGroup));
        model.addAttribute("asOfText", PracticeMenuController.DATE.format(asOf));
        model.addAttribute("interventions", menu.interventions());
        model.addAttribute("substanceGroups", menu.substanceGroups());
        model.addAttribute("filter", new Filter(date == null || !errors.isEmpty() ? asOf.toString() : date.strip(),
                intervention, substanceGroup, practice, offering));
        model.addAttribute("errors", errors);
        model.addAttribute("hasErrors", !errors.isEmpty());
        return "partnership/menu/matrix";
    }

    private LocalDate asOf(@Nullable String date, Map<String, String> errors) {
        if (date == null || date.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException notADate) {
            errors.put("date", "Enter a real date, such as 2026-11-23; showing today instead");
            return LocalDate.now(clock);
        }
    }

    private static String summary(MenuMatrix matrix, @Nullable String intervention, @Nullable String group) {
        long offering = matrix.rows().stream().filter(row -> !row.cells().isEmpty()).count();
        String on = " on " + PracticeMenuController.DATE.format(matrix.asOf());
        String practices = offering == 1 ? "1 practice offers" : offering + " practices offer";
        if (matrix.interventions().size() == 1 && matrix.substanceGroups().size() == 1
                && intervention != null && group != null) {
            return practices + " " + matrix.interventions().get(0).label().toLowerCase(Locale.UK) + " for "
                    + matrix.substanceGroups().get(0).label().toLowerCase(Locale.UK) + on;
        }
        return practices + " at least one of the services shown" + on + " (" + matrix.rows().size()
                + (matrix.rows().size() == 1 ? " practice" : " practices") + " listed)";
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The filters as typed, to fill the filter bar again. */
    record Filter(String date, @Nullable String intervention, @Nullable String substanceGroup,
                  @Nullable String practice, boolean offering) {
    }

    /** One practice and its cells, in the column order of the table header. */
    record RowView(MenuMatrix.Row row, List<CellView> cells) {

        static RowView of(MenuMatrix.Row row, MenuMatrix matrix) {
            List<CellView> cells = new ArrayList<>();
            for (CodeLabel intervention : matrix.interventions()) {
                for (CodeLabel group : matrix.substanceGroups()) {
                    cells.add(CellView.of(row.cell(intervention.code(), group.code()), intervention, group));
                }
            }
            return new RowView(row, cells);
        }
    }

    /** A cell as shown: a tick and places left, or a dash; the hidden text says it in words for screen readers. */
    record CellView(String cssClass, String mark, String hidden, String text) {

        static CellView of(MenuMatrix.@Nullable Cell cell, CodeLabel intervention, CodeLabel group) {
            String what = intervention.label() + " for " + group.label().toLowerCase(Locale.UK);
            if (cell == null) {
                return new CellView("onedoor-cell--none", "—", "Not offered: " + what, "");
            }
            Integer remaining = cell.remaining();
            String places = remaining == null ? "No limit" : remaining + " of " + cell.monthlyCapacity() + " left";
            String css = remaining != null && remaining == 0 ? "onedoor-cell--full" : "onedoor-cell--offered";
            return new CellView(css, "✓", "Offered: " + what + ",", places);
        }
    }
}
