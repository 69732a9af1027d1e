package org.complaintdesk.complaint;

import java.util.Locale;

/** The language the customer is written to in (the satisfaction SMS); Simplified Chinese unless chosen at intake. */
public enum CustomerLanguage {
    ZH_CN(Locale.SIMPLIFIED_CHINESE),
    ZH_TW(Locale.TRADITIONAL_CHINESE),
    EN(Locale.ENGLISH);

    private final Locale locale;

    CustomerLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** The language chosen at intake, or the call centre's first language when none was. */
    public static CustomerLanguage orDefault(CustomerLanguage chosen) {
        return chosen == null ? ZH_CN : chosen;
    }
}
