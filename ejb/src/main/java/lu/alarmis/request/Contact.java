package lu.alarmis.request;

import static lu.alarmis.common.Text.blank;
import static lu.alarmis.common.Text.strip;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A person the CIN can reach at any hour about the protected site. */
@Embeddable
public class Contact implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 200;
    public static final int PHONE_MAX = 30;
    public static final int ROLE_MAX = 100;
    /** International or national format: digits, spaces, +, -, / and parentheses; at least six digits. */
    public static final String PHONE_PATTERN = "\\+?[0-9 ()/-]{6,30}";

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(name = "name", length = NAME_MAX)
    private String name;

    @NotBlank
    @Size(max = PHONE_MAX)
    @Pattern(regexp = PHONE_PATTERN)
    @Column(name = "phone", length = PHONE_MAX)
    private String phone;

    /** The person's role towards the site, e.g. owner, manager, key holder. */
    @NotBlank
    @Size(max = ROLE_MAX)
    @Column(name = "role", length = ROLE_MAX)
    private String role;

    public Contact() {
        // for JPA and forms
    }

    public Contact(String name, String phone, String role) {
        this.name = strip(name);
        this.phone = strip(phone);
        this.role = strip(role);
    }

    public Contact normalised() {
        return new Contact(name, phone, role);
    }

    public boolean isEmpty() {
        return blank(name) && blank(phone) && blank(role);
    }

    public boolean isComplete() {
        return !blank(name) && phone != null && phone.strip().matches(PHONE_PATTERN)
                && !blank(role);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }
}
