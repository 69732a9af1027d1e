package org.complaintdesk.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.complaintdesk.complaint.Category;
import org.complaintdesk.complaint.CategorySetting;
import org.complaintdesk.complaint.Channel;
import org.complaintdesk.complaint.Complaint;
import org.complaintdesk.complaint.ComplaintIntake;
import org.complaintdesk.complaint.Complexity;
import org.complaintdesk.complaint.CustomerLanguage;
import org.complaintdesk.complaint.NewComplaint;
import org.complaintdesk.security.CurrentActor;

/** The agent's "New complaint" form, filled in during a live call. */
@Named
@ViewScoped
public class NewComplaintBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ComplaintIntake intake;

    @Inject
    CurrentActor current;

    @Inject
    org.complaintdesk.complaint.CategoryCatalogue catalogue;

    private transient java.util.List<CategorySetting> categorySettings;
    private Channel channel = Channel.PHONE;
    private String customerSurname;
    private String formOfAddress;
    private String contactPhone;
    private String contactEmail;
    private String accountOrOrderNumber;
    private Category category;
    private Complexity complexity = Complexity.SIMPLE;
    private String customerAccount;
    private String keyProblem;
    private String desiredResolution;
    private String complainedEmployeeNumber;
    private CustomerLanguage customerLanguage = CustomerLanguage.ZH_CN;

    public String save() {
        return Screens.perform("complaintForm", () -> {
            Complaint complaint = intake.log(new NewComplaint(channel, customerSurname, formOfAddress, contactPhone,
                    blankToNull(contactEmail), accountOrOrderNumber, category, complexity, customerAccount, keyProblem,
                    desiredResolution, blankToNull(complainedEmployeeNumber), customerLanguage), current.actor());
            String next = complaint.getCategory().hasReplyDeadline() || complaint.getCategory() == Category.SUGGESTION
                    ? "/agent/record" : "/complaint";
            return next + "?faces-redirect=true&number=" + complaint.getNumber();
        });
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    /** The categories intake takes (administrators may switch some off), read once per form. */
    public java.util.List<Category> getCategories() {
        return settings().stream().filter(CategorySetting::isActive).map(CategorySetting::getCategory).toList();
    }

    /** The administrators' label of a category, else its standard name in the user's language. */
    public String labelOf(Category category) {
        return settings().stream().filter(s -> s.getCategory() == category && s.getLabel() != null).map(CategorySetting::getLabel)
                .findFirst().orElseGet(() -> Screens.text("category." + category));
    }

    private java.util.List<CategorySetting> settings() {
        if (categorySettings == null) {
            categorySettings = catalogue.all();
        }
        return categorySettings;
    }

    public Complexity[] getComplexities() {
        return Complexity.values();
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public String getCustomerSurname() {
        return customerSurname;
    }

    public void setCustomerSurname(String customerSurname) {
        this.customerSurname = customerSurname;
    }

    public String getFormOfAddress() {
        return formOfAddress;
    }

    public void setFormOfAddress(String formOfAddress) {
        this.formOfAddress = formOfAddress;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getAccountOrOrderNumber() {
        return accountOrOrderNumber;
    }

    public void setAccountOrOrderNumber(String accountOrOrderNumber) {
        this.accountOrOrderNumber = accountOrOrderNumber;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public Complexity getComplexity() {
        return complexity;
    }

    public void setComplexity(Complexity complexity) {
        this.complexity = complexity;
    }

    public String getCustomerAccount() {
        return customerAccount;
    }

    public void setCustomerAccount(String customerAccount) {
        this.customerAccount = customerAccount;
    }

    public String getKeyProblem() {
        return keyProblem;
    }

    public void setKeyProblem(String keyProblem) {
        this.keyProblem = keyProblem;
    }

    public String getDesiredResolution() {
        return desiredResolution;
    }

    public void setDesiredResolution(String desiredResolution) {
        this.desiredResolution = desiredResolution;
    }

    public CustomerLanguage[] getCustomerLanguages() {
        return CustomerLanguage.values();
    }

    public CustomerLanguage getCustomerLanguage() {
        return customerLanguage;
    }

    public void setCustomerLanguage(CustomerLanguage customerLanguage) {
        this.customerLanguage = customerLanguage;
    }

    public String getComplainedEmployeeNumber() {
        return complainedEmployeeNumber;
    }

    public void setComplainedEmployeeNumber(String complainedEmployeeNumber) {
        this.complainedEmployeeNumber = complainedEmployeeNumber;
    }
}
