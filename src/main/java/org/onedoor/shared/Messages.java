package org.onedoor.shared;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words people read, looked up by key in {@code messages.properties}: the same file Spring's message source
 * gives the templates and Bean Validation, so each message is written once, in one place. For code that has no
 * Spring bean to hand (aggregates, rule checks, static form readers). A message with values in it names them
 * {@code {0}}, {@code {1}} …, each replaced by its argument's text as it is (no number or date formatting, and an
 * apostrophe is just an apostrophe); keys looked up here take no other placeholders.
 */
public final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle(
            "messages",
            Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    private Messages() {}

    /**
     * The message under {@code key}, its placeholders replaced by {@code values} in order.
     *
     * @throws IllegalStateException when there is no such key: a programming error a test catches
     */
    public static String text(String key, Object... values) {
        String message;
        try {
            message = BUNDLE.getString(key);
        } catch (MissingResourceException missing) {
            throw new IllegalStateException("No message " + key + " in messages.properties", missing);
        }
        return values.length == 0 ? message : filled(message, values);
    }

    /** One pass, so a value that itself holds "{1}" stays as typed. */
    static String filled(String message, Object[] values) {
        StringBuilder text = new StringBuilder(message.length() + 32);
        int at = 0;
        while (at < message.length()) {
            int close = message.indexOf('}', at);
            if (message.charAt(at) == '{'
                    && close > at + 1
                    && message.substring(at + 1, close).chars().allMatch(Character::isDigit)) {
                int index = Integer.parseInt(message.substring(at + 1, close));
                if (index < values.length) {
                    text.append(values[index]);
                    at = close + 1;
                    continue;
                }
            }
            text.append(message.charAt(at++));
        }
        return text.toString();
    }

    /** Whether there is a message under {@code key}. */
    public static boolean has(String key) {
        return BUNDLE.containsKey(key);
    }
}
