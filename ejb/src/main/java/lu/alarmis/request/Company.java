package lu.alarmis.request;

import static lu.alarmis.common.Text.blank;
import static lu.alarmis.common.Text.strip;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A company the request names: the alarm installer or the maintenance company. */
@Embeddable
public class Company implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NAME_MAX = 200;
    public static final int ADDRESS_MAX = 300;
    public static final int CONTACT_MAX = 200;

    @NotBlank
    @Size(max = NAME_MAX)
    @Column(length = NAME_MAX)
    private String name;

    @NotBlank
    @Size(max = ADDRESS_MAX)
    @Column(length = ADDRESS_MAX)
    private String address;

    /** A phone number or an e-mail address. */
    @NotBlank
    @Size(max = CONTACT_MAX)
    @Column(length = CONTACT_MAX)
    private String contact;

    public Company() {
        // for JPA and forms
    }

    public Company(String name, String address, String contact) {
        this.name = strip(name);
        this.address = strip(address);
        this.contact = strip(contact);
    }

    public Company normalised() {
        return new Company(name, address, contact);
    }

    public boolean isComplete() {
        return !blank(name) && !blank(address) && !blank(contact);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }
}
