package org.complaintdesk.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Who complained and how to reach them, as the customer gave it at intake. */
@Embeddable
public class Customer {

    @Column(name = "customer_surname", nullable = false, length = 100)
    private String surname;

    @Column(name = "form_of_address", length = 40)
    private String formOfAddress;

    @Column(name = "contact_phone", nullable = false, length = 20)
    private String contactPhone;

    @Column(name = "contact_email", length = 200)
    private String contactEmail;

    @Column(name = "account_or_order_number", length = 60)
    private String accountOrOrderNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "customer_language", nullable = false, length = 10)
    private CustomerLanguage language = CustomerLanguage.ZH_CN;

    protected Customer() {
    }

    Customer(NewComplaint intake) {
        this.surname = intake.customerSurname().strip();
        this.formOfAddress = intake.formOfAddress();
        this.contactPhone = intake.contactPhone().strip();
        this.contactEmail = intake.contactEmail();
        this.accountOrOrderNumber = intake.accountOrOrderNumber();
        this.language = CustomerLanguage.orDefault(intake.customerLanguage());
    }

    public String surname() {
        return surname;
    }

    public String formOfAddress() {
        return formOfAddress;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public String accountOrOrderNumber() {
        return accountOrOrderNumber;
    }

    public CustomerLanguage language() {
        return language;
    }
}
