package org.onedoor.contract.web;

import java.lang.reflect.Field;
import java.util.List;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The contract editor's rule and funding rows as request parameters, as the page posts them. */
final class EditorParams {

    private EditorParams() {}

    static MockHttpServletRequestBuilder rules(MockHttpServletRequestBuilder request, List<RuleForm> rules) {
        for (int i = 0; i < rules.size(); i++) {
            for (Field field : RuleForm.class.getFields()) {
                try {
                    Object value = field.get(rules.get(i));
                    if (value != null) {
                        request.param("rules[" + i + "]." + field.getName(), value.toString());
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return request;
    }

    /** Funding lines as source, year, amount triples. */
    static MockHttpServletRequestBuilder funding(MockHttpServletRequestBuilder request, String... lines) {
        for (int i = 0; i < lines.length / 3; i++) {
            request.param("funding[" + i + "].source", lines[3 * i])
                    .param("funding[" + i + "].year", lines[3 * i + 1])
                    .param("funding[" + i + "].amount", lines[3 * i + 2]);
        }
        return request;
    }

    /** The header and term of a contract like the worked example, starting on {@code day} April 2026. */
    static MockHttpServletRequestBuilder header(MockHttpServletRequestBuilder request, String reference, String day) {
        return request.param("reference", reference)
                .param("name", "Primary-care substance misuse treatment")
                .param("commissioners", "North East Lincolnshire CCG\nNorth East Lincolnshire Council")
                .param("services", "Community alcohol treatment in primary care")
                .param("termStart.day", day)
                .param("termStart.month", "4")
                .param("termStart.year", "2026")
                .param("years", "3")
                .param("extensions", "2")
                .param("breakEarliest.day", "1")
                .param("breakEarliest.month", "4")
                .param("breakEarliest.year", "2028")
                .param("breakNoticeMonths", "6")
                .param("countingRule", "ANY_DAY_OPEN_INTERVENTION");
    }
}
