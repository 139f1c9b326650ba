package org.onedoor.partnership;

import static org.onedoor.shared.Text.tidy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.onedoor.shared.ResultPage;
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

    static final int PAGE_SIZE = 50;

    private final PracticeMenu menu;
    private final Clock clock;

    PracticeMenuMatrixController(PracticeMenu menu, Clock clock) {
        this.menu = menu;
        this.clock = clock;
    }

    @GetMapping("/practice-menus")
    String matrix(
            @RequestParam(required = false) @Nullable String date,
            @RequestParam(required = false) @Nullable String intervention,
            @RequestParam(required = false) @Nullable String substanceGroup,
            @RequestParam(required = false) @Nullable String practice,
            @RequestParam(defaultValue = "false") boolean offering,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate asOf = asOf(date, errors);
        MenuMatrix matrix = menu.matrix(
                asOf,
                tidy(intervention),
                tidy(substanceGroup),
                tidy(practice),
                offering,
                ResultPage.indexOf(page),
                PAGE_SIZE);
        model.addAttribute("matrix", matrix);
        model.addAttribute(
                "rows",
                matrix.rows().stream().map(row -> RowView.of(row, matrix)).toList());
        model.addAttribute("summary", summary(matrix, intervention, substanceGroup));
        model.addAttribute("asOfText", PracticeMenuController.DATE.format(asOf));
        model.addAttribute("interventions", menu.interventions());
        model.addAttribute(
                "shortNames",
                menu.interventions().stream()
                        .collect(java.util.stream.Collectors.toMap(
                                CodeLabel::code, code -> Offered.shortName(code.code()))));
        model.addAttribute("substanceGroups", menu.substanceGroups());
        model.addAttribute(
                "filter",
                new Filter(
                        date == null || !errors.isEmpty() ? asOf.toString() : date.strip(),
                        intervention,
                        substanceGroup,
                        practice,
                        offering));
        model.addAttribute("errors", errors);
        model.addAttribute("hasErrors", !errors.isEmpty());
        model.addAttribute("results", matrix.practices());
        java.net.URI self = org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page")
                .build()
                .toUri();
        model.addAttribute(
                "links",
                new PageLinks(self.getRawPath() + (self.getRawQuery() == null ? "" : "?" + self.getRawQuery())));
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
        long offering = matrix.offeringPractices();
        String on = " on " + PracticeMenuController.DATE.format(matrix.asOf());
        String practices = offering == 1 ? "1 practice offers" : offering + " practices offer";
        if (matrix.interventions().size() == 1
                && matrix.substanceGroups().size() == 1
                && intervention != null
                && group != null) {
            return practices + " " + matrix.interventions().get(0).label().toLowerCase(Locale.UK) + " for "
                    + matrix.substanceGroups().get(0).label().toLowerCase(Locale.UK) + on;
        }
        long listed = matrix.practices().totalItems();
        return practices + " at least one of the services shown" + on + " (" + listed
                + (listed == 1 ? " practice" : " practices") + " listed)";
    }

    /** Links to other pages of the same filtered matrix. */
    record PageLinks(String current) {

        public String pageLink(int page) {
            return current + (current.contains("?") ? "&" : "?") + "page=" + page;
        }
    }

    /** The filters as typed, to fill the filter bar again. */
    record Filter(
            String date,
            @Nullable String intervention,
            @Nullable String substanceGroup,
            @Nullable String practice,
            boolean offering) {}

    /** One practice and, per substance group column, the interventions it offers for that group. */
    record RowView(MenuMatrix.Row row, List<GroupCell> cells) {

        static RowView of(MenuMatrix.Row row, MenuMatrix matrix) {
            List<GroupCell> cells = new ArrayList<>();
            for (CodeLabel group : matrix.substanceGroups()) {
                List<Offered> offered = new ArrayList<>();
                for (CodeLabel intervention : matrix.interventions()) {
                    MenuMatrix.Cell cell = row.cell(intervention.code(), group.code());
                    if (cell != null) {
                        offered.add(Offered.of(cell, intervention));
                    }
                }
                cells.add(new GroupCell(group.label(), offered));
            }
            return new RowView(row, cells);
        }
    }

    /** The interventions offered for one substance group; none is shown as a dash. */
    record GroupCell(String groupLabel, List<Offered> offered) {}

    /** One intervention in a cell: its short name, its full name for screen readers and the places left. */
    record Offered(String shortName, String label, String places, boolean full) {

        static Offered of(MenuMatrix.Cell cell, CodeLabel intervention) {
            Integer remaining = cell.remaining();
            String places = remaining == null ? "no limit" : remaining + " of " + cell.monthlyCapacity() + " left";
            return new Offered(
                    shortName(intervention.code()), intervention.label(), places, remaining != null && remaining == 0);
        }

        static String shortName(String code) {
            return switch (code) {
                case "BRIEF_ADVICE" -> "BA";
                case "EXTENDED_BRIEF_INTERVENTION" -> "EBI";
                case "STRUCTURED_PSYCHOSOCIAL" -> "PSY";
                case "SHARED_CARE_PRESCRIBING" -> "SCP";
                case "GROUP_WORK_HOSTING" -> "GRP";
                default -> code;
            };
        }
    }
}
