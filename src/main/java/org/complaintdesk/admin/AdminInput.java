package org.complaintdesk.admin;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.complaintdesk.security.Role;

/** What an administrator enters about users, teams and calendars, checked with Bean Validation before anything changes. */
public final class AdminInput {

    /** The same shape as a complained-about employee number on a complaint (NewComplaint). */
    static final String EMPLOYEE_NUMBER = "[A-Z]?[0-9]{3,10}";
    static final String EMPLOYEE_NUMBER_MESSAGE = "must be an employee number such as E1001";
    /** The languages a user's alerts and e-mails can speak, as language tags; none given: Simplified Chinese. */
    static final String LANGUAGE = "zh-CN|zh-TW|en";
    static final String LANGUAGE_MESSAGE = "must be zh-CN, zh-TW or en";
    static final String FIRST_LANGUAGE = "zh-CN";

    private AdminInput() {
    }

    public record NewUser(
            @NotBlank @Pattern(regexp = "[a-z][a-z0-9._-]{1,39}",
                    message = "must be 2 to 40 lower-case letters, digits, '.', '_' or '-', starting with a letter")
            String username,
            @NotBlank @Pattern(regexp = EMPLOYEE_NUMBER, message = EMPLOYEE_NUMBER_MESSAGE) String employeeNumber,
            @NotBlank @Size(max = 200) String displayName,
            @NotNull Role role,
            String team,
            @Email @Size(max = 200) String email,
            @Pattern(regexp = LANGUAGE, message = LANGUAGE_MESSAGE) String language,
            @NotNull @Size(min = 8, max = 200, message = "must have 8 to 200 characters") String password) {

        /** Never print the password (a refused input may end up in a log). */
        @Override
        public String toString() {
            return "NewUser[" + username + "]";
        }
    }

    public record UserChange(
            @NotBlank @Pattern(regexp = EMPLOYEE_NUMBER, message = EMPLOYEE_NUMBER_MESSAGE) String employeeNumber,
            @NotBlank @Size(max = 200) String displayName,
            @NotNull Role role,
            String team,
            @Email @Size(max = 200) String email,
            @Pattern(regexp = LANGUAGE, message = LANGUAGE_MESSAGE) String language) {
    }

    public record NewPassword(@NotNull @Size(min = 8, max = 200, message = "must have 8 to 200 characters") String password) {

        @Override
        public String toString() {
            return "NewPassword[***]";
        }
    }

    /** A new team: its code, its name in Simplified Chinese, and optionally in Traditional Chinese and English. */
    public record NewTeam(
            @NotBlank @Pattern(regexp = "[A-Z0-9_]{2,40}", message = "must be 2 to 40 upper-case letters, digits or '_'") String code,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 200) String nameZhTw,
            @Size(max = 200) String nameEn) {
    }

    /** A deadline window's new value, such as PT2H (checked by the window's own rule). */
    public record WindowInput(@NotNull @Size(max = 200) String value) {
    }

    /** A team's names: Simplified Chinese, and optionally Traditional Chinese and English (none: the first is shown). */
    public record TeamName(@NotBlank @Size(max = 200) String name, @Size(max = 200) String nameZhTw, @Size(max = 200) String nameEn) {
    }

    /**
     * A business calendar: its working week ({@code MON-FRI 09:00-18:00}, one line per weekday or run of them), its
     * holidays and make-up working days as pasted ({@code 2026-10-01..2026-10-07 休}, {@code 2026-09-27 班}), and the
     * teams whose reply windows count in it.
     */
    public record CalendarInput(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 60) String timeZone,
            @NotBlank @Size(max = 2000) String week,
            @Size(max = 20_000) String days,
            List<@NotBlank String> teams) {
    }

    /** Trimmed text, or null when there is none. */
    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Codes and employee numbers are upper case; "e1001" means E1001. */
    static String upper(String text) {
        String clean = clean(text);
        return clean == null ? null : clean.toUpperCase(java.util.Locale.ROOT);
    }
}
