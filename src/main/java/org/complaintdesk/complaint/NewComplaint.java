package org.complaintdesk.complaint;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What intake records about a new complaint, from a screen or the API. */
public record NewComplaint(
        @NotNull Channel channel,
        @NotBlank @Size(max = 100) String customerSurname,
        @Size(max = 40) String formOfAddress,
        @NotBlank @Pattern(regexp = "[0-9+\\- ]{5,20}", message = "must be a phone number of 5 to 20 digits, '+', '-' or spaces")
        String contactPhone,
        @Email @Size(max = 200) String contactEmail,
        @Size(max = 60) String accountOrOrderNumber,
        @NotNull Category category,
        @NotNull Complexity complexity,
        @NotBlank @Size(max = 4000) String customerAccount,
        @Size(max = 300) String keyProblem,
        @Size(max = 1000) String desiredResolution,
        @Pattern(regexp = "[A-Z]?[0-9]{3,10}", message = "must be an employee number such as E1001, never a name")
        String complainedEmployeeNumber,
        CustomerLanguage customerLanguage) {
}
