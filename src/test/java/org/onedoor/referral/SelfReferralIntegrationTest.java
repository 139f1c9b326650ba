package org.onedoor.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.onedoor.testsupport.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class SelfReferralIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anyoneCanAskForHelpWithoutSigningInAndGetsAReference() throws Exception {
        String family = unique("Public");
        mvc.perform(get("/self-referral"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ask for help with drugs or alcohol")));
        mvc.perform(valid(family, "10.0.0.1")).andExpect(redirectedUrlPattern("/self-referral/sent?reference=R*"));
        assertThat(count(family)).isEqualTo(1);
        assertThat(jdbc.sql("select channel || '/' || source from referral where family_name = ?")
                        .param(family)
                        .query(String.class)
                        .single())
                .isEqualTo("WEB/SELF");
    }

    @Test
    void problemsComeBackAtTheirFieldsWithTheAnswersKeptAndEscaped() throws Exception {
        String family = unique("<script>alert(1)</script>");
        mvc.perform(post("/self-referral")
                        .with(csrf())
                        .with(from("10.0.0.2"))
                        .param("familyName", family)
                        .param("givenName", "")
                        .param("dobDay", "31")
                        .param("dobMonth", "2")
                        .param("dobYear", "1990")
                        .param("nhsNumber", "123")
                        .param("substance1", "ALCOHOL"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Error: Ask for help")))
                .andExpect(content().string(containsString("Date of birth must be a real date")))
                .andExpect(content().string(containsString("Enter a valid NHS number")))
                .andExpect(content().string(containsString("Enter the person&#39;s first name")))
                .andExpect(content().string(containsString("Enter a phone number or an email address")))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
        assertThat(count(family)).isZero();
    }

    @Test
    void anEmailAloneIsEnoughAndTheConfirmationSaysHowToReachUs() throws Exception {
        String family = unique("Emailonly");
        String sent = mvc.perform(withoutContact(family, "10.0.0.4").param("email", "alex@example.org"))
                .andExpect(redirectedUrlPattern("/self-referral/sent?reference=R*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(count(family)).isOne();
        mvc.perform(get(sent))
                .andExpect(content().string(containsString("0113 496 0000")))
                .andExpect(content().string(containsString("Monday to Friday")))
                .andExpect(content().string(not(containsString("OpenAPI"))))
                .andExpect(content().string(not(containsString("confidential health records"))));
    }

    @Test
    void withNeitherPhoneNorEmailNothingIsSavedAndThePhoneFieldSaysWhy() throws Exception {
        String family = unique("Nocontact");
        mvc.perform(withoutContact(family, "10.0.0.5").param("telephone", " ").param("email", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("telephone-error")))
                .andExpect(content().string(containsString("Enter a phone number or an email address")));
        assertThat(count(family)).isZero();
    }

    @Test
    void robotsFillingTheHoneypotAreThankedButNothingIsSaved() throws Exception {
        String family = unique("Robot");
        mvc.perform(valid(family, "10.0.0.3").param("website", "http://spam.example"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/self-referral/sent"));
        assertThat(count(family)).isZero();
    }

    @Test
    void manySubmissionsFromOneAddressAreThrottledWithAFriendlyMessage() throws Exception {
        String address = "10.9." + (int) (Math.random() * 200) + ".7";
        for (int i = 0; i < 5; i++) {
            mvc.perform(valid(unique("Many"), address)).andExpect(status().is3xxRedirection());
        }
        String family = unique("Throttled");
        mvc.perform(valid(family, address))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("Please try again later")))
                .andExpect(content().string(containsString(family)));
        assertThat(count(family)).isZero();
    }

    private MockHttpServletRequestBuilder valid(String family, String address) {
        return withoutContact(family, address)
                .param("telephone", "01632 960111")
                .param("mayText", "true");
    }

    private MockHttpServletRequestBuilder withoutContact(String family, String address) {
        return post("/self-referral")
                .with(csrf())
                .with(from(address))
                .param("source", "SELF")
                .param("givenName", "Alex")
                .param("familyName", family)
                .param("dobDay", "27")
                .param("dobMonth", "3")
                .param("dobYear", "1985")
                .param("sex", "MALE")
                .param("postcode", "NV1 4AP")
                .param("substance1", "ALCOHOL");
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private long count(String family) {
        return jdbc.sql("select count(*) from referral where family_name = ?")
                .param(family)
                .query(Long.class)
                .single();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 6);
    }
}
